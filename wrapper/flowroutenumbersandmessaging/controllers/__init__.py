"""Import paths for the façade's controller classes, one module per controller.

Controllers are reached through a client (``client.numbers``); these modules
let ``from flowroutenumbersandmessaging.controllers.numbers_controller import
NumbersController`` keep working for type hints and ``isinstance`` checks.
"""
