package com.qbobridge.imports.accounts;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The admin command that creates users, the first operator included:
 * {@code NEW_USER_PASSWORD=... java -jar import-service.jar add-user --account=acme --display-name="Acme Supplies"
 * --username=ops@acme.example --role=OPERATOR}. The password comes from the environment, never from the command line
 * (shell history, process list); the service exits once the user is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UsersCommand implements ApplicationRunner {

	static final String ADD_USER = "add-user";

	static final String PASSWORD_VARIABLE = "NEW_USER_PASSWORD";

	private static final Logger logger = LoggerFactory.getLogger(UsersCommand.class);

	private final AccountAdministration administration;

	private final ConfigurableApplicationContext context;

	UsersCommand(AccountAdministration administration, ConfigurableApplicationContext context) {
		this.administration = administration;
		this.context = context;
	}

	static boolean requested(ApplicationArguments arguments) {
		return arguments.getNonOptionArgs().contains(ADD_USER);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!requested(arguments)) {
			return;
		}
		int status = 0;
		try {
			String password = System.getenv(PASSWORD_VARIABLE);
			if (password == null) {
				throw new IllegalArgumentException(PASSWORD_VARIABLE + " must hold the new user's password");
			}
			List<Role> roles = (arguments.getOptionValues("role") != null)
					? arguments.getOptionValues("role").stream().map(Role::valueOf).toList() : List.of();
			this.administration.addUser(new AccountAdministration.NewUser(one(arguments, "account"),
					one(arguments, "display-name"), one(arguments, "username"), roles), password);
			logger.info("Added user {} to account {}", AccountUsers.normalize(one(arguments, "username")),
					one(arguments, "account"));
		}
		catch (IllegalArgumentException ex) {
			logger.error("add-user failed: {}", ex.getMessage());
			status = 2;
		}
		int exit = status;
		System.exit(SpringApplication.exit(this.context, () -> exit));
	}

	private static String one(ApplicationArguments arguments, String name) {
		List<String> values = arguments.getOptionValues(name);
		if (values == null || values.size() != 1 || values.get(0).isBlank()) {
			throw new IllegalArgumentException("--" + name + "=... is required once");
		}
		return values.get(0);
	}

}
