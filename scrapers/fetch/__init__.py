"""The crawler's parts: discovery (pure), the file:// transport, politeness, the fetching client."""
