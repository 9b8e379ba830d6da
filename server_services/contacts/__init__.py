"""The contacts directory: resource persons as personal data (need-to-know, traced, erasable), below the API."""
