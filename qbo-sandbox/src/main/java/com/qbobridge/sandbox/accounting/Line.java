package com.qbobridge.sandbox.accounting;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One invoice line: a {@code SalesItemLineDetail} line or the {@code SubTotalLineDetail} line Intuit appends.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Line(@JsonProperty("Id") @Nullable String id, @JsonProperty("LineNum") @Nullable Integer lineNum,
		@JsonProperty("Description") @Nullable String description, @JsonProperty("Amount") BigDecimal amount,
		@JsonProperty("DetailType") String detailType,
		@JsonProperty("SalesItemLineDetail") @Nullable SalesItemLineDetail salesItemLineDetail,
		@JsonProperty("SubTotalLineDetail") @Nullable Map<String, Object> subTotalLineDetail) {

	/** Intuit's detail type for item lines. */
	public static final String SALES_ITEM = "SalesItemLineDetail";

	/** Intuit's detail type for the subtotal line. */
	public static final String SUB_TOTAL = "SubTotalLineDetail";

	public Line withAmount(BigDecimal newAmount) {
		SalesItemLineDetail detail = this.salesItemLineDetail;
		if (detail != null && newAmount.signum() == 0) {
			detail = new SalesItemLineDetail(detail.itemRef(), BigDecimal.ZERO, BigDecimal.ZERO, detail.taxCodeRef());
		}
		return new Line(this.id, this.lineNum, this.description, newAmount, this.detailType, detail,
				this.subTotalLineDetail);
	}

}
