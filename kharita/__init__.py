"""Shared foundation of Kharita: configuration and article reading.

Everything that more than one stage (geo, timeline, dashboard) needs lives here, so that the
data flow stays one-way: articles -> geo -> timeline -> event store -> dashboard.
"""
