package com.qbobridge.messaging;

import net.jpountz.lz4.LZ4Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets Kafka's lz4 compression (producers) and decompression (consumers) use lz4-java's native library. Kafka asks
 * {@code LZ4Factory.fastestInstance()}, which loads the native library by itself only when lz4-java was loaded by the
 * system class loader; a Spring Boot jar's classes never are, so every service compressed with the pure-Java
 * implementation (5 % of the connector's CPU in figure 1 of the bench). Loading it once here makes
 * {@code fastestInstance()} answer the native one; where the platform has no native library it stays pure Java.
 */
final class NativeLz4 {

	private static final Logger logger = LoggerFactory.getLogger(NativeLz4.class);

	private NativeLz4() {
	}

	/**
	 * Loads the native library unless done already.
	 * @return whether Kafka's lz4 now runs natively
	 */
	static boolean load() {
		try {
			LZ4Factory.nativeInstance();
			return true;
		}
		catch (Throwable ex) {
			// No library for this platform (or it cannot be extracted): the pure-Java one works, only slower.
			logger.info("lz4 runs without its native library: {}", ex.toString());
			return false;
		}
	}

}
