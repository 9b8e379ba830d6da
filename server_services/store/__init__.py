"""The domain layer: plain functions `(conn, user, ...)` that hold the SQL and the rules of each part of the
platform and raise the typed errors of errors.py. The API's routes, the OGC front and the CLI call them; routes
only translate HTTP into calls. Nothing here imports Flask, QGIS or the fronts (tests/test_domain_layer.py).

The contacts keep their own package (server_services.contacts: the same shape, with their formats beside them).
"""
