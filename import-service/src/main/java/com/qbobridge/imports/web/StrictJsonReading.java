package com.qbobridge.imports.web;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API reads JSON values only in the type they are meant to have: a number or a boolean where text is expected
 * ({@code "debtor": {"name": 123}}), a number where a date is expected ({@code "caseDate": 12}, which Jackson would
 * read as days since 1970) or a number where an enum is expected is a 400 naming the field instead of a silently
 * converted value. Quoted numbers stay numbers ({@code "amountToRecover": "120.50"}, as the review page sends them).
 * Only the server's converter is stricter: the clients reading connector-service and case-service keep Boot's
 * mapper.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonReading implements WebMvcConfigurer {

	private final JsonMapper strict;

	StrictJsonReading(JsonMapper jsonMapper) {
		this.strict = jsonMapper.rebuild()
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.DateTime,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.build();
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.withJsonConverter(new JacksonJsonHttpMessageConverter(this.strict));
	}

}
