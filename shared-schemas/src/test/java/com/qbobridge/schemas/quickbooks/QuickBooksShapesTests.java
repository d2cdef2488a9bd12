package com.qbobridge.schemas.quickbooks;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.qbobridge.schemas.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intuit's entities carry far more than a case needs (an invoice's line items, custom fields, links): the records
 * read what they keep and {@code EventJson} skips the rest as it is parsed. Jackson hands a property it does not know
 * to the problem handlers only when it buffered it first, so a handler that hears nothing shows that nothing was
 * copied.
 */
class QuickBooksShapesTests {

	private static final String INVOICE = """
			{"Id":"130","SyncToken":"2","DocNumber":"1037","TxnDate":"2026-10-01","DueDate":"2026-10-31",
			 "TotalAmt":362.07,"Balance":362.07,"domain":"QBO","sparse":false,
			 "CustomerRef":{"value":"58","name":"Sonnenschein Family Store","type":"Customer"},
			 "BillAddr":{"Id":"95","Line1":"Russ Sonnenschein","Line2":"5647 Cypress Hill Ave.","City":"Middlefield",
			  "CountrySubDivisionCode":"CA","PostalCode":"94303","Lat":"37.4238562","Long":"-122.1141681"},
			 "BillEmail":{"Address":"Familiystore@intuit.com"},
			 "MetaData":{"CreateTime":"2026-10-01T13:16:17-07:00","LastUpdatedTime":"2026-10-02T13:16:17-07:00",
			  "LastModifiedByRef":{"value":"9341452808794853"}},
			 "CustomField":[{"DefinitionId":"1","Name":"Crew #","Type":"StringType"}],
			 "Line":[{"Id":"1","LineNum":1,"Amount":362.07,"DetailType":"SalesItemLineDetail",
			  "SalesItemLineDetail":{"ItemRef":{"value":"24","name":"Sprinkler Heads"},"UnitPrice":2,"Qty":25,
			   "TaxCodeRef":{"value":"TAX"}}},{"Amount":362.07,"DetailType":"SubTotalLineDetail",
			   "SubTotalLineDetail":{}}],
			 "TxnTaxDetail":{"TotalTax":26.82},"LinkedTxn":[],"PrintStatus":"NeedToPrint","EmailStatus":"NotSet"}
			""";

	private static final String CUSTOMER = """
			{"Id":"58","SyncToken":"0","DisplayName":"Sonnenschein Family Store","Active":true,"Taxable":false,
			 "PrimaryEmailAddr":{"Address":"Familiystore@intuit.com"},"PrimaryPhone":{"FreeFormNumber":"(650) 557-8463"},
			 "BillAddr":{"Line1":"5647 Cypress Hill Ave.","City":"Middlefield","Lat":"37.4238562"},
			 "CurrencyRef":{"value":"USD","name":"United States Dollar"},"PreferredDeliveryMethod":"Print",
			 "MetaData":{"CreateTime":"2026-10-01T13:16:17-07:00"}}
			""";

	@Test
	void readsTheFieldsACaseNeedsAndSkipsTheRestWithoutCopyingIt() {
		List<String> heard = new CopyOnWriteArrayList<>();
		JsonMapper mapper = EventJson.configure(JsonMapper.builder()).addHandler(new DeserializationProblemHandler() {

			@Override
			public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
					ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
				heard.add(propertyName);
				return false;
			}

		}).build();

		QboInvoice invoice = mapper.readValue(INVOICE, QboInvoice.class);
		QboCustomer customer = mapper.readValue(CUSTOMER, QboCustomer.class);

		assertThat(invoice.id()).isEqualTo("130");
		assertThat(invoice.balance()).isEqualByComparingTo(new BigDecimal("362.07"));
		assertThat(invoice.customerRef()).isEqualTo(new QboRef("58", "Sonnenschein Family Store"));
		assertThat(invoice.billAddr().line2()).isEqualTo("5647 Cypress Hill Ave.");
		assertThat(invoice.metaData().lastUpdatedTime()).isNotNull();
		assertThat(customer.displayName()).isEqualTo("Sonnenschein Family Store");
		assertThat(heard).as("Intuit's fields no case needs, handed on as unknown after being buffered").isEmpty();
	}

}
