package com.qbobridge.messaging;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;

import net.jpountz.lz4.LZ4Factory;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * lz4-java loaded the way a Spring Boot jar loads it (not by the system class loader, where tests load it): Kafka's
 * {@code LZ4Factory.fastestInstance()} is the pure-Java implementation until {@link NativeLz4} loaded the library.
 */
class NativeLz4Tests {

	@Test
	void kafkasLz4RunsNativelyOnceLoadedFromAClassLoaderOfItsOwn() throws Exception {
		URL[] jars = { LZ4Factory.class.getProtectionDomain().getCodeSource().getLocation(),
				NativeLz4.class.getProtectionDomain().getCodeSource().getLocation(),
				Logger.class.getProtectionDomain().getCodeSource().getLocation() };
		try (URLClassLoader application = new URLClassLoader(jars, ClassLoader.getPlatformClassLoader())) {
			Method fastest = application.loadClass(LZ4Factory.class.getName()).getMethod("fastestInstance");
			assertThat(fastest.invoke(null)).as("lz4-java by itself").hasToString("LZ4Factory:JavaSafe");

			Method load = application.loadClass(NativeLz4.class.getName()).getDeclaredMethod("load");
			load.setAccessible(true);

			assertThat(load.invoke(null)).isEqualTo(true);
			assertThat(fastest.invoke(null)).hasToString("LZ4Factory:JNI");
		}
	}

}
