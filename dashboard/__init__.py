"""Dashboard: the Streamlit app and the pure map/figure builders behind it."""
