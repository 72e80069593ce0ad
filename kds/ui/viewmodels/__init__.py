"""Qt models over the services: they subscribe to `Changes` and widgets bind to them."""
