from dagster import AssetSelection, define_asset_job

# Everything, from the crawl to the published marts.
nightly = define_asset_job("nightly", selection=AssetSelection.all(), description="Crawl, parse, enrich, load, build the marts, publish.")
