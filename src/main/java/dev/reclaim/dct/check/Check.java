package dev.reclaim.dct.check;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One finding about a DCT.
 *
 * @param id       stable id
 * @param severity error, warning or info
 * @param message  what is wrong and what it does to the device, in plain words
 * @param fix      what to do about it
 * @param field    the field it is about, or null (for copy-level findings)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Check(CheckId id, Severity severity, String message, String fix, String field) {
}
