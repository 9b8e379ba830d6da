"""Crisis platform services: the data model runner, the service API and the OGC front."""

__version__ = "0.1.0"
