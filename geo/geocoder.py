"""placeholder"""
class GazetteerGeocoder:  # replaced below
    pass
