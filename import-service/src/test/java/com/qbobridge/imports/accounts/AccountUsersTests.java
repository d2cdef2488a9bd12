package com.qbobridge.imports.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccountUsersTests {

	@Test
	void bindsEachUserToItsAccountIgnoringCase() {
		AccountUsers users = new AccountUsers(new AccountsProperties(List.of(
				new AccountsProperties.Account("acme", "Acme", List.of(new AccountsProperties.User("A@x.test", "{noop}a"))),
				new AccountsProperties.Account("globex", "Globex",
						List.of(new AccountsProperties.User("b@x.test", "{noop}b"))))));

		AccountUser user = (AccountUser) users.loadUserByUsername(" a@X.test ");

		assertThat(user.accountId()).isEqualTo("acme");
		assertThat(user.displayName()).isEqualTo("Acme");
		assertThat(user.caller()).isEqualTo(new Caller("acme", "a@x.test"));
		assertThat(((AccountUser) users.loadUserByUsername("b@x.test")).accountId()).isEqualTo("globex");
		assertThatExceptionOfType(UsernameNotFoundException.class).isThrownBy(() -> users.loadUserByUsername("c@x.test"));
	}

	@Test
	void grantsOperatorsTheirRoleAndEveryoneTheCreditorRole() {
		AccountUsers users = new AccountUsers(new AccountsProperties(List.of(new AccountsProperties.Account("acme",
				"Acme", List.of(new AccountsProperties.User("ops@x.test", "{noop}o", List.of(Role.OPERATOR)),
						new AccountsProperties.User("a@x.test", "{noop}a", null))))));

		AccountUser operator = (AccountUser) users.loadUserByUsername("ops@x.test");
		AccountUser creditor = (AccountUser) users.loadUserByUsername("a@x.test");

		assertThat(operator.operator()).isTrue();
		assertThat(operator.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_CREDITOR", "ROLE_OPERATOR");
		assertThat(creditor.operator()).isFalse();
		assertThat(creditor.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_CREDITOR");
	}

	@Test
	void refusesAUserConfiguredForTwoAccounts() {
		AccountsProperties properties = new AccountsProperties(List.of(
				new AccountsProperties.Account("acme", "Acme", List.of(new AccountsProperties.User("a@x.test", "{noop}a"))),
				new AccountsProperties.Account("globex", "Globex",
						List.of(new AccountsProperties.User("A@x.test", "{noop}b")))));

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> new AccountUsers(properties))
			.withMessageContaining("more than once");
	}

}
