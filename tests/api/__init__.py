"""Tests of the service API against the running platform."""
