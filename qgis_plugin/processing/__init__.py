"""The Processing provider: the same perimeter, counting and export code the docks use, for batch work."""
