package com.qbobridge.mapping.drafts.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and lines compare as a reader compares them, whether they are plain ASCII (read without Unicode
 * decomposition) or carry accents and other scripts.
 */
class NameKeysTests {

	@Test
	void plainTextKeepsItsLettersAndDigitsInLowerCase() {
		assertThat(NameKeys.key("Acme Hardware, Inc. (No. 2)")).isEqualTo("acmehardwareinc no2".replace(" ", ""));
		assertThat(NameKeys.key("  100 MARKET St.  ")).isEqualTo("100marketst");
		assertThat(NameKeys.key("-- / --")).isEmpty();
		assertThat(NameKeys.key(null)).isEmpty();
	}

	@Test
	void accentsAndOtherScriptsCompareLikeTheirPlainLetters() {
		assertThat(NameKeys.key("Müller GmbH")).isEqualTo(NameKeys.key("Muller GMBH")).isEqualTo("mullergmbh");
		assertThat(NameKeys.key("ÉCOLE Saint-Étienne")).isEqualTo("ecolesaintetienne");
		assertThat(NameKeys.key("株式会社 山田")).isEqualTo("株式会社山田");
	}

	@Test
	void aNameLineLeavesOutWhoItIsForTheAttentionOf() {
		assertThat(NameKeys.nameKey("Attn: Jane Doe")).isEqualTo(NameKeys.key("Jane Doe"));
		assertThat(NameKeys.nameKey("c/o Acme Ltd")).isEqualTo("acmeltd");
	}

}
