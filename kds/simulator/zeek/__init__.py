"""A CKGo (Zeek) side for Circle K stores, as strict as the seed makes it.

It pushes signed `order_create` callbacks and the inventory check to the relay, and serves Zeek's
token and order-status endpoints. Modules: `catalog` (what a Circle K in Ho Chi Minh City sells:
Vietnamese names with English and Hong Kong Chinese ones, combos, options, beer), `state` (orders,
tokens, the API's answers), `server` (HTTP on 127.0.0.1 and the callback sender), `demo`
(`kds --demo`).
"""
