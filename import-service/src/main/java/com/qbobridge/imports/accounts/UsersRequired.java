package com.qbobridge.imports.accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a service nobody can sign in to: there is no default operator (GH-15). The local profile adds its
 * demo users first; a deployment creates its first user with the {@code add-user} command.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class UsersRequired implements ApplicationRunner {

	private final AccountAdministration administration;

	UsersRequired(AccountAdministration administration) {
		this.administration = administration;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!UsersCommand.requested(arguments) && this.administration.userCount() == 0) {
			throw new IllegalStateException("import-service has no users. Create the first one with: "
					+ UsersCommand.PASSWORD_VARIABLE + "=... java -jar import-service.jar " + UsersCommand.ADD_USER
					+ " --account=<id> --display-name=<name> --username=<e-mail> --role=OPERATOR"
					+ " (the local profile adds demo users instead)");
		}
	}

}
