package com.qbobridge.connector.oauth;

/**
 * The browser that came back from Intuit is not the one that started the connect flow, so the flow is refused and
 * used up (GH-15).
 */
public class ConnectFlowNotBound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ConnectFlowNotBound() {
		super("The connect flow was started in another browser");
	}

}
