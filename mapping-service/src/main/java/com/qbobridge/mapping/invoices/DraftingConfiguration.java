package com.qbobridge.mapping.invoices;

import com.qbobridge.mapping.drafts.CaseDrafting;
import com.qbobridge.mapping.drafts.InvoiceMapping;
import com.qbobridge.rules.CaseDraftValidator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Drafting with the rules case-rules auto-configures from {@code pipeline.rules.*}, the same in every service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DraftingSettings.class)
class DraftingConfiguration {

	@Bean
	CaseDrafting caseDrafting(CaseDraftValidator validator) {
		return new CaseDrafting(new InvoiceMapping(), validator);
	}

}
