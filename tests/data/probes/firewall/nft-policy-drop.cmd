nft list ruleset
