"""Printing against a fake TCP 9100 printer on 127.0.0.1: the queue, retries, restarts, the event loop."""
