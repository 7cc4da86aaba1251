package dev.reclaim.dct.codec;

/** The start of product_store: product ID and product firmware version; null where the slot is erased (0xFFFF). */
public record ProductStore(Integer productId, Integer productVersion) {
}
