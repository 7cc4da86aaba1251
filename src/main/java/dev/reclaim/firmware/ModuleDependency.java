package dev.reclaim.firmware;

/**
 * One {@code module_dependency_t} (4 bytes: function u8, index u8, version u16 little-endian): the module this one
 * needs, at this version or newer. Function NONE means "no dependency".
 */
public record ModuleDependency(ModuleFunction function, int index, int version) {
    public static final ModuleDependency NONE = new ModuleDependency(ModuleFunction.NONE, 0, 0);

    public boolean none() {
        return function == ModuleFunction.NONE;
    }

    /**
     * Whether {@code module} meets it, as the firmware judges ({@code validate_module_dependencies},
     * hal/src/stm32f2xx/ota_flash_hal_stm32f2xx.cpp:158 at v1.5.2): present and its version at least the one
     * named.
     */
    public boolean metBy(ModuleInfo module) {
        return module != null && module.version() >= version;
    }
}
