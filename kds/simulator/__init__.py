"""Faithful fakes of the delivery platforms, served over real HTTP on 127.0.0.1.

They drive the app's demo and training mode and the end-to-end tests. One package per platform
(`kds.simulator.<name>`), each with a `demo` module that `kds.simulator.registry` lists:
`kds --demo` starts them all, `kds simulator` serves the registry's `COMMAND`.
"""
