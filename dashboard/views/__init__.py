"""Pure builders of what the dashboard draws: folium maps and plotly figures."""
