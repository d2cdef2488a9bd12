package com.qbobridge.localstack.services;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ServiceJarsTests {

	@Test
	void findsTheExecutableJarAndIgnoresPlainAndSourceJars(@TempDir Path root) throws Exception {
		Path target = Files.createDirectories(root.resolve("case-service/target"));
		Files.createFile(target.resolve("case-service-0.1.0-SNAPSHOT-sources.jar"));
		Files.createFile(target.resolve("case-service-0.1.0-SNAPSHOT.jar.original"));
		Files.createFile(target.resolve("case-service-0.1.0-SNAPSHOT.jar"));

		assertThat(ServiceJars.find(root, "case-service")).isEqualTo(target.resolve("case-service-0.1.0-SNAPSHOT.jar"));
	}

	@Test
	void saysHowToBuildAMissingJar(@TempDir Path root) {
		assertThatIllegalStateException().isThrownBy(() -> ServiceJars.find(root, "import-service"))
			.withMessageContaining("import-service")
			.withMessageContaining("./mvnw -B -ntp -DskipTests package");
	}

}
