package com.qbobridge.localstack.process;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines for child JVMs that run with the launcher's own Java, so that the only thing a machine needs is the
 * JDK that started the launcher.
 */
public final class JavaCommand {

	private JavaCommand() {
	}

	/**
	 * The {@code java} executable of the running JVM.
	 * @return its absolute path
	 */
	public static String java() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

	/**
	 * A command that runs a main class on the launcher's own class path: the jar's manifest names the dependencies
	 * when the launcher runs from its jar, and the whole class path is in {@code java.class.path} under Maven.
	 * @param options JVM options
	 * @param mainClass the class to run
	 * @param arguments its arguments
	 * @return the command line
	 */
	public static List<String> mainClass(List<String> options, String mainClass, List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(options);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass);
		command.addAll(arguments);
		return command;
	}

	/**
	 * A command that runs an executable jar.
	 * @param options JVM options
	 * @param jar the jar
	 * @return the command line
	 */
	public static List<String> jar(List<String> options, String jar) {
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(options);
		command.add("-jar");
		command.add(jar);
		return command;
	}

}
