package dev.reclaim.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@code Path} field that is Reclaim's home for each test: a fresh temporary directory set as the
 * {@code reclaim.home} system property before the test, the property put back as it was and the directory deleted
 * after it ({@link ReclaimHomeExtension}).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ReclaimHomeExtension.class)
public @interface ReclaimHome {
}
