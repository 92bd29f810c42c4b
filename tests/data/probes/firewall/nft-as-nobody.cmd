su nobody -s /bin/sh -c nft list ruleset
