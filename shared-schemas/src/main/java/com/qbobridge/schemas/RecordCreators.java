package com.qbobridge.schemas;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedWithParams;
import tools.jackson.databind.module.SimpleModule;

/**
 * Creates records from their properties through one method handle per record, made once. Jackson calls a record's
 * canonical constructor with {@code MethodHandle.invokeWithArguments}, which adapts the handle to the arguments
 * anew on every call: a quarter of the time mapping-service spent reading an {@code InvoiceFetched} (flight
 * recording of figure 1 of the bench), where an invoice with its customer is a dozen records. Anything else Jackson
 * does (which properties, defaults, errors) stays as it was; only the final call changes.
 */
final class RecordCreators extends SimpleModule {

	RecordCreators() {
		super("record-creators");
		addDeserializer(java.time.Instant.class, IsoDateTimes.instants());
		addDeserializer(java.time.OffsetDateTime.class, IsoDateTimes.offsetDateTimes());
		addDeserializer(java.time.LocalDate.class, IsoDateTimes.localDates());
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

	/** Jackson's instantiator of a record, calling its canonical constructor through a handle adapted once. */
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
				Constructor<?> canonical = constructor.getAnnotated();
				canonical.setAccessible(true);
				MethodHandle creator = MethodHandles.lookup()
					.unreflectConstructor(canonical)
					.asType(MethodType.genericMethodType(canonical.getParameterCount()))
					.asSpreader(Object[].class, canonical.getParameterCount());
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
