"""Pure domain: orders, states, deadlines, money. Standard library only; time is always a parameter."""
