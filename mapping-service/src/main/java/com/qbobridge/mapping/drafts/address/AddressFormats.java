package com.qbobridge.mapping.drafts.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.qbobridge.rules.Regions;
import org.jspecify.annotations.Nullable;

/**
 * The table of national address formats, {@code address-formats.tsv} beside this class: each country's format in
 * libaddressinput's notation, the other ways people type it, and its postal code's shape. Kept as data so that a
 * country is added by adding a row, not code.
 */
final class AddressFormats {

	private static final String TABLE = "address-formats.tsv";

	private static final Map<String, AddressFormat> BY_COUNTRY = load();

	private AddressFormats() {
	}

	/**
	 * The format of a country.
	 * @param country an ISO 3166-1 alpha-2 code, may be {@code null}
	 * @return the format, empty for a country the table does not hold
	 */
	static Optional<AddressFormat> of(@Nullable String country) {
		return Optional.ofNullable((country != null) ? BY_COUNTRY.get(country) : null);
	}

	/** Every format, in the table's order. */
	static List<AddressFormat> all() {
		return List.copyOf(BY_COUNTRY.values());
	}

	/**
	 * The locality layouts of a format written in libaddressinput's notation: the part after {@code %A}, one layout
	 * line per {@code %n}, keeping city, region and postal code and dropping names, sorting codes, dependent
	 * localities and literal text. A line holding only a region is dropped where the country's regions are not known,
	 * since it could not be told from a street line.
	 * @param country the country
	 * @param format the format, e.g. {@code %N%n%O%n%A%n%C, %S %Z}
	 * @return the layout, empty when the format places no city
	 */
	static List<LocalityLine> layout(String country, String format) {
		int street = format.indexOf("%A");
		String locality = (street >= 0) ? format.substring(street + 2) : format;
		List<LocalityLine> lines = new ArrayList<>();
		for (String line : locality.split("%n")) {
			List<AddressPart> parts = new ArrayList<>();
			for (int i = line.indexOf('%'); i >= 0 && i + 1 < line.length(); i = line.indexOf('%', i + 2)) {
				switch (line.charAt(i + 1)) {
					case 'C' -> parts.add(AddressPart.CITY);
					case 'S' -> parts.add(AddressPart.REGION);
					case 'Z' -> parts.add(AddressPart.POSTAL_CODE);
					default -> {
						// Names, organisation, sorting code and dependent locality are not read.
					}
				}
			}
			boolean regionAlone = parts.equals(List.of(AddressPart.REGION));
			if (!parts.isEmpty() && !(regionAlone && !Regions.required(country))) {
				lines.add(new LocalityLine(parts));
			}
		}
		boolean placesCity = lines.stream().anyMatch((line) -> line.has(AddressPart.CITY));
		return placesCity ? lines : List.of();
	}

	private static Map<String, AddressFormat> load() {
		Map<String, AddressFormat> formats = new LinkedHashMap<>();
		try (InputStream in = AddressFormats.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				throw new IllegalStateException("The address format table " + TABLE + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String row = reader.readLine(); row != null; row = reader.readLine()) {
				if (row.isBlank() || row.startsWith("#")) {
					continue;
				}
				String[] columns = Arrays.copyOf(row.split("\t", -1), 5);
				String country = columns[0].strip();
				List<List<LocalityLine>> layouts = new ArrayList<>();
				List<String> written = new ArrayList<>();
				written.add(columns[1]);
				if (columns[2] != null && !columns[2].isBlank()) {
					written.addAll(Arrays.asList(columns[2].split(" ; ")));
				}
				for (String format : written) {
					List<LocalityLine> layout = layout(country, format.strip());
					if (!layout.isEmpty() && !layouts.contains(layout)) {
						layouts.add(layout);
					}
				}
				List<String> prefixes = (columns[4] != null && !columns[4].isBlank())
						? Arrays.stream(columns[4].split(",")).map(String::strip).toList() : List.of();
				formats.put(country, new AddressFormat(country, layouts, columns[3].strip(), prefixes));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the address format table " + TABLE, ex);
		}
		return Collections.unmodifiableMap(formats);
	}

}
