package com.qbobridge.schemas;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedWithParams;
import tools.jackson.databind.module.SimpleModule;

/**
 * How {@link EventJson} reads faster than Jackson 3.1 by itself, without reading anything differently; each answers
 * what a flight recording of figure 1 of the bench showed:
 * <ul>
 * <li>a property a type does not know is skipped while parsing (unknown properties are ignored anyway), where Jackson
 * copies it into a buffer first unless the type says {@code @JsonIgnoreProperties(ignoreUnknown = true)}: every line
 * item of every page of invoices went through that buffer (17 % of the connector's samples);</li>
 * <li>a record is created through its constructor's handle adapted once, where Jackson calls
 * {@code MethodHandle.invokeWithArguments}, which adapts it anew on every call (a quarter of mapping's time reading
 * an {@code InvoiceFetched}, a dozen records);</li>
 * <li>dates and date-times in their common shapes are read digit by digit ({@link IsoDateTimes}).</li>
 * </ul>
 */
final class ContractReading extends SimpleModule {

	ContractReading() {
		super("contract-reading");
		addDeserializer(Instant.class, IsoDateTimes.instants());
		addDeserializer(OffsetDateTime.class, IsoDateTimes.offsetDateTimes());
		addDeserializer(LocalDate.class, IsoDateTimes.localDates());
		setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
					BeanDescription.Supplier description, BeanDeserializerBuilder builder) {
				if (!config.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
					builder.setIgnoreUnknownProperties(true);
				}
				return builder;
			}

		});
	}

	@Override
	public void setupModule(SetupContext context) {
		super.setupModule(context);
		context.addValueInstantiators(new ValueInstantiators.Base() {

			@Override
			public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
					BeanDescription.Supplier description, ValueInstantiator instantiator) {
				return (instantiator.getClass() == StdValueInstantiator.class)
						? RecordInstantiator.of((StdValueInstantiator) instantiator) : instantiator;
			}

		});
	}

	/** Jackson's instantiator of a record, calling its constructor through a handle adapted once. */
	static final class RecordInstantiator extends StdValueInstantiator {

		private final MethodHandle creator;

		private RecordInstantiator(StdValueInstantiator jackson, MethodHandle creator) {
			super(jackson);
			this.creator = creator;
		}

		static ValueInstantiator of(StdValueInstantiator jackson) {
			AnnotatedWithParams withArgs = jackson.getWithArgsCreator();
			if (!(withArgs instanceof AnnotatedConstructor constructor)
					|| !constructor.getDeclaringClass().isRecord()) {
				return jackson;
			}
			try {
				Constructor<?> chosen = constructor.getAnnotated();
				chosen.setAccessible(true);
				MethodHandle creator = MethodHandles.lookup()
					.unreflectConstructor(chosen)
					.asType(MethodType.genericMethodType(chosen.getParameterCount()))
					.asSpreader(Object[].class, chosen.getParameterCount());
				return new RecordInstantiator(jackson, creator);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				// Not reachable from here: Jackson's own call works as before.
				return jackson;
			}
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
			try {
				return (Object) this.creator.invokeExact(arguments);
			}
			catch (Throwable ex) {
				return context.handleInstantiationProblem(this._valueClass, arguments, rewrapCtorProblem(context, ex));
			}
		}

	}

}
