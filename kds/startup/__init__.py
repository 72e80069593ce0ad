"""Starting KDS: options and environment, building the runtime, the demo, the headless engine."""
