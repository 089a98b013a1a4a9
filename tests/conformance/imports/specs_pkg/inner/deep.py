from .. import note

note(__spec__, __package__, __name__)
