package com.qbobridge.sandbox.accounting.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.qbobridge.sandbox.accounting.query.Query.Condition;
import com.qbobridge.sandbox.accounting.query.Query.Operator;
import com.qbobridge.sandbox.accounting.query.Query.OrderBy;

/**
 * Parses the subset of Intuit's query language that real clients use, and rejects the rest ({@code or},
 * parentheses, unknown keywords) with the error Intuit's parser gives.
 */
public final class QueryParser {

	private static final Set<String> KEYWORDS = Set.of("select", "from", "where", "and", "or", "not", "in", "like",
			"orderby", "order", "by", "asc", "desc", "startposition", "maxresults", "count", "iterator", "between",
			"is", "null");

	private static final String AFTER_CONDITION = expecting("<EOF>", "\"and\" ...", "\"iterator\" ...",
			"\"maxresults\" ...", "\"order\" ...", "\"orderby\" ...", "\"startposition\" ...");

	private final List<Token> tokens;

	private int position;

	private QueryParser(String text) {
		this.tokens = tokenize(text);
	}

	/** Parses {@code text} or throws {@link QueryRejected} as Intuit would. */
	public static Query parse(String text) {
		return new QueryParser(text).query();
	}

	private Query query() {
		expectKeyword("select", expecting("\"select\" ..."));
		boolean count = false;
		List<String> projection = null;
		if (peek().is("*")) {
			next();
		}
		else if (peek().isKeyword("count")) {
			next();
			expectSymbol("(");
			expectSymbol("*");
			expectSymbol(")");
			count = true;
		}
		else {
			projection = new ArrayList<>();
			projection.add(identifier());
			while (peek().is(",")) {
				next();
				projection.add(identifier());
			}
		}
		expectKeyword("from", expecting("\"from\" ...", "\",\" ..."));
		Token entityToken = next();
		if (entityToken.kind != Kind.IDENTIFIER) {
			throw unexpected(entityToken, expecting("<IDENTIFIER> ..."));
		}
		EntityType entity = EntityType.named(entityToken.text)
			.orElseThrow(() -> QueryRejected.validationError("Entity " + entityToken.text + " is not supported"));
		if (projection != null) {
			projection = projection.stream().map((name) -> property(entity, name)).toList();
		}
		List<Condition> conditions = new ArrayList<>();
		if (peek().isKeyword("where")) {
			next();
			conditions.add(condition(entity));
			while (peek().isKeyword("and")) {
				next();
				conditions.add(condition(entity));
			}
		}
		List<OrderBy> orderBy = new ArrayList<>();
		Integer startPosition = null;
		Integer maxResults = null;
		while (peek().kind != Kind.EOF) {
			Token token = peek();
			if (token.isKeyword("orderby") || token.isKeyword("order")) {
				next();
				if (token.isKeyword("order")) {
					expectKeyword("by", expecting("\"by\" ..."));
				}
				orderBy.add(orderKey(entity));
				while (peek().is(",")) {
					next();
					orderBy.add(orderKey(entity));
				}
			}
			else if (token.isKeyword("startposition") && startPosition == null) {
				next();
				startPosition = integer();
			}
			else if (token.isKeyword("maxresults") && maxResults == null) {
				next();
				maxResults = integer();
				if (maxResults > Query.MAX_MAX_RESULTS) {
					// Intuit refuses a larger page instead of shortening it.
					throw QueryRejected.validationError("value " + maxResults + " is too large. Max allowed value is "
							+ Query.MAX_MAX_RESULTS);
				}
			}
			else {
				throw unexpected(token, AFTER_CONDITION);
			}
		}
		int start = Math.max(1, (startPosition != null) ? startPosition : 1);
		int max = (maxResults != null) ? Math.max(1, maxResults) : Query.DEFAULT_MAX_RESULTS;
		return new Query(entity, count, projection, List.copyOf(conditions), List.copyOf(orderBy), start, max);
	}

	private Condition condition(EntityType entity) {
		Token fieldToken = peek();
		String name = identifier();
		QueryField field = filterable(entity, name, fieldToken);
		Token operatorToken = next();
		Operator operator = switch (operatorToken.text.toLowerCase(Locale.ROOT)) {
			case "=" -> Operator.EQ;
			case "<" -> Operator.LT;
			case ">" -> Operator.GT;
			case "<=" -> Operator.LE;
			case ">=" -> Operator.GE;
			case "in" -> Operator.IN;
			case "like" -> Operator.LIKE;
			default -> throw unexpected(operatorToken,
					expecting("\"<\" ...", "\"<=\" ...", "\"=\" ...", "\">\" ...", "\">=\" ...", "\"in\" ...",
							"\"like\" ..."));
		};
		List<Object> values = new ArrayList<>();
		if (operator == Operator.IN) {
			expectSymbol("(");
			values.add(value(field));
			while (peek().is(",")) {
				next();
				values.add(value(field));
			}
			expectSymbol(")");
		}
		else if (operator == Operator.LIKE) {
			Token literal = next();
			if (literal.kind != Kind.STRING) {
				throw unexpected(literal, expecting("<STRING> ..."));
			}
			if (field.type() != FieldType.STRING) {
				throw QueryRejected
					.validationError("Operator LIKE is not supported for property " + field.name() + ".");
			}
			values.add(literal.text);
		}
		else {
			values.add(value(field));
		}
		return new Condition(field, operator, List.copyOf(values));
	}

	private OrderBy orderKey(EntityType entity) {
		Token fieldToken = peek();
		QueryField field = filterable(entity, identifier(), fieldToken);
		boolean ascending = true;
		if (peek().isKeyword("asc")) {
			next();
		}
		else if (peek().isKeyword("desc")) {
			next();
			ascending = false;
		}
		return new OrderBy(field, ascending);
	}

	private Object value(QueryField field) {
		Token literal = next();
		if (literal.kind != Kind.STRING && literal.kind != Kind.INTEGER && literal.kind != Kind.DECIMAL
				&& !(literal.kind == Kind.IDENTIFIER && (literal.text.equalsIgnoreCase("true")
						|| literal.text.equalsIgnoreCase("false")))) {
			throw unexpected(literal, expecting("<STRING> ...", "<INTEGER> ..."));
		}
		try {
			return field.type().convert(literal.text);
		}
		catch (RuntimeException ex) {
			throw QueryRejected
				.validationError("Invalid value " + literal.text + " for property " + field.name() + ".");
		}
	}

	private QueryField filterable(EntityType entity, String name, Token at) {
		return entity.field(name).orElseThrow(() -> entity.hasProperty(name)
				? QueryRejected.validationError("property '" + entity.propertyName(name) + "' is not queryable")
				: QueryRejected
					.validationError("Property " + name + " not found for Entity " + entity.entityName()));
	}

	private static String property(EntityType entity, String name) {
		if (!entity.hasProperty(name)) {
			throw QueryRejected.validationError("Property " + name + " not found for Entity " + entity.entityName());
		}
		return entity.propertyName(name);
	}

	private String identifier() {
		Token token = next();
		if (token.kind != Kind.IDENTIFIER) {
			throw unexpected(token, expecting("<IDENTIFIER> ..."));
		}
		return token.text;
	}

	private int integer() {
		Token token = next();
		if (token.kind != Kind.INTEGER) {
			throw unexpected(token, expecting("<INTEGER> ..."));
		}
		try {
			return Integer.parseInt(token.text);
		}
		catch (NumberFormatException ex) {
			throw unexpected(token, expecting("<INTEGER> ..."));
		}
	}

	private void expectKeyword(String keyword, String expected) {
		Token token = next();
		if (!token.isKeyword(keyword)) {
			throw unexpected(token, expected);
		}
	}

	private void expectSymbol(String symbol) {
		Token token = next();
		if (!token.is(symbol)) {
			throw unexpected(token, expecting("\"" + symbol + "\" ..."));
		}
	}

	private Token peek() {
		return this.tokens.get(this.position);
	}

	private Token next() {
		Token token = this.tokens.get(this.position);
		if (token.kind != Kind.EOF) {
			this.position++;
		}
		return token;
	}

	private static QueryRejected unexpected(Token token, String expected) {
		if (token.kind == Kind.EOF) {
			return QueryRejected
				.parserError("Encountered \"<EOF>\" at line 1, column " + token.column + ".\n" + expected);
		}
		return QueryRejected.parserError("Encountered \" " + token.javaccKind() + " \"" + token.text + " \"\" at line 1, column "
				+ token.column + ".\n" + expected);
	}

	private static String expecting(String... alternatives) {
		StringBuilder text = new StringBuilder("Was expecting one of:\n");
		for (String alternative : alternatives) {
			text.append("    ").append(alternative).append(" \n");
		}
		return text.toString();
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int column = i + 1;
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '\'') {
				StringBuilder value = new StringBuilder();
				int j = i + 1;
				boolean closed = false;
				while (j < text.length()) {
					char d = text.charAt(j);
					if (d == '\\' && j + 1 < text.length()) {
						value.append(text.charAt(j + 1));
						j += 2;
					}
					else if (d == '\'') {
						closed = true;
						j++;
						break;
					}
					else {
						value.append(d);
						j++;
					}
				}
				if (!closed) {
					throw QueryRejected.parserError("Lexical error at line 1, column " + (text.length() + 1)
							+ ".  Encountered: <EOF> after : \"" + text.substring(i) + "\"");
				}
				tokens.add(new Token(Kind.STRING, value.toString(), column));
				i = j;
			}
			else if (Character.isDigit(c) || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
				int j = i + 1;
				boolean decimal = false;
				while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
					decimal |= text.charAt(j) == '.';
					j++;
				}
				tokens.add(new Token(decimal ? Kind.DECIMAL : Kind.INTEGER, text.substring(i, j), column));
				i = j;
			}
			else if (Character.isLetter(c) || c == '_') {
				int j = i + 1;
				while (j < text.length()
						&& (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '.')) {
					j++;
				}
				String word = text.substring(i, j);
				tokens.add(new Token(KEYWORDS.contains(word.toLowerCase(Locale.ROOT)) ? Kind.KEYWORD : Kind.IDENTIFIER,
						word, column));
				i = j;
			}
			else if ((c == '<' || c == '>' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == '=') {
				tokens.add(new Token(Kind.SYMBOL, text.substring(i, i + 2), column));
				i += 2;
			}
			else if ("*(),=<>".indexOf(c) >= 0) {
				tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), column));
				i++;
			}
			else {
				throw QueryRejected.parserError(
						"Lexical error at line 1, column " + column + ".  Encountered: \"" + c + "\" (" + (int) c + "), after : \"\"");
			}
		}
		tokens.add(new Token(Kind.EOF, "", text.length() + 1));
		return tokens;
	}

	private enum Kind {

		KEYWORD, IDENTIFIER, STRING, INTEGER, DECIMAL, SYMBOL, EOF

	}

	private record Token(Kind kind, String text, int column) {

		boolean is(String symbol) {
			return this.kind == Kind.SYMBOL && this.text.equals(symbol);
		}

		boolean isKeyword(String keyword) {
			return this.kind == Kind.KEYWORD && this.text.equalsIgnoreCase(keyword);
		}

		/** The token kind as Intuit's JavaCC parser names it in errors. */
		String javaccKind() {
			return switch (this.kind) {
				case KEYWORD -> "<" + this.text.toUpperCase(Locale.ROOT) + ">";
				case IDENTIFIER -> "<ID>";
				case STRING -> "<STRING>";
				case INTEGER -> "<INTEGER>";
				case DECIMAL -> "<DECIMAL>";
				case SYMBOL -> "\"" + this.text + "\"";
				case EOF -> "<EOF>";
			};
		}

	}

}
