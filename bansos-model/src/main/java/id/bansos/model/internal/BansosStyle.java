package id.bansos.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Generated;
import org.immutables.value.Value;

/**
 * The one Immutables style of every bansos value type.
 *
 * <p>Generated {@code ImmutableXxx} classes stay package-private and are hidden behind the
 * abstract type ({@code overshadowImplementation}), so callers write {@code Household.builder()}
 * and never see a generated name. Generated code uses JDK collections only, so embedders are not
 * tied to our Guava version. Generated classes carry Immutables' own {@code @Generated} (class
 * retention, from the small {@code value-annotations} jar) and no other annotation from the
 * classpath, so coverage and mutation testing skip them. Not part of the public API: this package
 * may change in any release.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class, Generated.class},
        defaults = @Value.Immutable(copy = false),
        get = {"is*", "get*"},
        init = "*")
public @interface BansosStyle {}
