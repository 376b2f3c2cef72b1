/**
 * Why the model differs from the seed, per seed line id (scripts/calibration-lines.ts). Written after reading the
 * synth's output; every gap over 25 % has one. Figures are list prices of the books (pricing/books), with the seed's
 * negotiated rates as overrides (stacks/negotiated.ts) and the drivers of stacks/drivers.ts.
 */
export const NOTES: Readonly<Record<string, string>> = {
  "cat-cdn":
    "The model delivers 1.94 EB a month to viewers (the seed's own 40 h/free and 120 h/premium user, our bitrate mix, less the 55.4 % the client serves from its cache), against the seed's stated 1.4 EB; at the seed's $0.02/GB that is $38.8M of edge delivery alone, plus the origin fleets (NGINX, encoding, cache: $6M). The seed's $28M is its 1.4 EB × $0.02, with no room for its own $10M origin line.",
  "cat-storage":
    "The seed's storage prices cannot be reproduced from any public list: its 1 PB of SSD at $4M is $4 per GB-month (Persistent Disk SSD lists $0.17 per GiB-month) and 100 TB of NVMe at $3M is $30 per GB-month (Local SSD $0.08). At list prices the same capacities cost $2.6M, mostly the 50 PB of HDD.",
  "cat-compute":
    "Quantities follow the seed (20,000 pods, 10B invocations, 5,000 tasks) but the seed's dollars imply far more per unit than list prices: $150 per pod-month for GKE, $0.0002 per function invocation (≈ 500× the list price of a 200 ms, 256 MiB call), $200 per Fargate task-month. Origin fleets are counted under CDN, as the seed does.",
  "cat-data":
    "BigQuery (10 PB scanned a day at $6.25/TiB) matches the seed; the rest is far smaller at list: Pub/Sub at $40/TiB for 100B events a day is $0.4M, and the seed's $2M each for Dataflow and Dataproc imply thousands of always-on workers that its figures (50+ pipelines) do not support. Assumptions per pipeline are in stacks/drivers.ts (DATA_DRIVERS).",
  "cat-network":
    "Networking here is the CDNs' origin fetches (8 % of delivery, 155 PB), at the rate the seed's own cache-savings figure implies ($0.0155/GB, stacks/negotiated.ts); at Premium Tier list it would be $13.5M, which the reports keep as list cost. Other networking (load balancers, interconnects, transit) is not modelled.",
  "cat-ml":
    "Training pools scale to zero and run the hours their jobs need (expected), so the range is $0.03M–$1.0M; the seed's $2M sits near the maximum. Vertex AI bills node-hours: 100M predictions a day need 24 replicas at 50 predictions/s each (an assumption), $9k a month, not $0.5M.",
  "cat-other": "No resource in the model is of category `other`; the seed does not say what its $1M covers.",
  "cdn-fastly": "40 % of 1.94 EB at the seed's negotiated $0.02/GB (list: Fastly's public $0.08–0.28/GB, $104M). The gap is the traffic volume (see CDN/Streaming).",
  "cdn-cloudflare": "30 % of 1.94 EB at $0.02/GB. Cloudflare publishes no per-GB list price (self-serve plans are unmetered); the contract rate is the only price.",
  "cdn-akamai": "30 % of 1.94 EB at $0.02/GB. Akamai publishes no list price; the contract rate is the only price.",
  "origin-nginx": "10,000 × n2-standard-8 at list with the 25 % commitment; the seed's $4M implies $400 a server-month (an n2-standard-16 at list).",
  "origin-encoding": "5,000 × c2d-standard-16 in two regions with the 25 % commitment: $420 a server-month; the seed's $3M implies $600.",
  "origin-cache":
    "\"50PB Redis/Memcached\" is not physically plausible (Memorystore instances hold at most 300 GB; 50 PB would be ~166,667 instances and >$580M a month): modelled as 50 TB of Memorystore Standard HA, which costs $1.37M.",
  "storage-ssd": "1 PB of Persistent Disk SSD at $0.17/GiB-month; the seed's $4M is $4 per GB-month, which no public price supports (even on-prem all-flash arrays amortise to well under $0.5).",
  "storage-nvme": "100 TB of Local SSD on n2-standard-8 hosts at $0.08/GiB-month; the seed's $3M is $30 per GB-month.",
  "storage-hdd": "50 PB of standard Persistent Disk at $0.04/GiB-month is $2.0M; the seed's $3M is $0.06/GB.",
  "storage-object": "The model keeps 1.65 PB of lossless masters ageing from Standard to Archive ($3.6k); the seed's \"cloud mix\" gives no volume.",
  "storage-glacier": "100 PB in S3 Glacier Flexible Retrieval at $0.0036/GB-month is $360k; the seed's $0.5M is $0.005/GB (retrievals add to it with usage).",
  "storage-tape": "200 PB on LTO-9 cartridges ($92 per 18 TB) and two libraries amortised over 5 years: $56k a month; the seed's $0.5M would include staff and offsite handling the model does not price.",
  "compute-gke": "20,000 pods (streaming API by the seed's HPA, 100–10,000 replicas, plus backend services) packed on n2 nodes with the 25 % commitment: $0.36M expected, up to $1.73M at the HPA maximum. The seed's $3M is $150 per pod-month.",
  "compute-functions": "10B invocations of 200 ms at 256 MiB on Cloud Functions 2nd gen: $14k. The seed's $2M implies ≈ $0.0002 per invocation.",
  "compute-appengine": "1,389 F4 instances (10 API requests per user a day ÷ 50 per instance) from 0.4× to 2× that by load: $0.2M expected.",
  "compute-ecs": "5,000 Fargate tasks of 1 vCPU and 2 GB, 0.4× to 2× by load: $0.2M expected; the seed's $1M is $200 per task-month (≈ 4 vCPU tasks).",
  "compute-lambda": "100B events a day in batches of 100, 500 ms at 1 GB: $0.24M.",
  "compute-baremetal": "1,000 servers at a declared $15,000 each over 5 years, with colocation ($184/kW-month, CBRE H2 2024) and power for 0.5 kW each at PUE 1.4: $0.39M. Server capex has no public list; the stack declares it.",
  "data-pubsub": "100B events a day at the 1 KB billing minimum per message is about 3 PB a month, published once and delivered to 51 subscriptions (one per pipeline and BigQuery): $0.4M at $40/TiB.",
  "data-kafka": "Every event once through MSK with 7 days' retention in 3 replicas: 138 kafka.m5.xlarge brokers and their storage; the eu-west-1 storage line is unpriced (no sourced price), so the expected is a lower bound.",
  "data-dataflow": "50 streaming pipelines each reading 10 % of events at 2 MB/s per vCPU (assumptions), in us-central1: $0.22M. The seed's $2M would be ~2,300 n1-standard-4 workers running all month.",
  "data-dataproc": "Batch Spark sized from reading each day's events 20 times at 5 MB/s per vCPU (assumptions), on autoscaled clusters with Spot secondary workers: $0.07M.",
  "data-bigquery": "10 PB scanned a day at $6.25/TiB is $1.73M (within 15 % of the seed); the rest is storage of 395 days of raw events ($0.23M).",
  "data-bigtable": "User profiles of 10 KB for 600M users (6 TB) and the read rate of recommendations fit in a few nodes: $11k. The seed's $0.5M would be ~1,000 nodes.",
  "ml-tpu": "Four v4-128 slices that run only for training jobs: $0 idle, $0.28M expected, $0.60M if busy all month (the seed's figure).",
  "ml-gpu": "a2-highgpu-8g nodes (A100) from 0 to 16 for audio analysis of new tracks and re-analysis of the catalogue: $71k expected, $258k at the maximum.",
  "ml-vertex": "Vertex AI bills per node-hour regardless of traffic: 100M predictions a day at 50 per second per n1-standard-8 replica (an assumption) is 24 replicas across four regions: $9k. The prices are Compute Engine rates × 1.15, not read figures (see the book's notes).",
  "ml-custom": "CPU model servers on GKE sized from the seed's 20B recommendations a day at 200 per vCPU-second: $72k.",
  "geo-na": "North America carries less compute and data than the seed assumes (both far below the seed at list prices, see above).",
  "geo-apac": "As for North America: APAC's share of compute and data is small at list prices.",
  "geo-other":
    "OTHER holds 138M users: the remainder of 600M after dividing each of the seed's regional costs by its cost per user. The seed gives OTHER only $2M, i.e. $0.014 a user, less than its cheapest region; at $0.02/GB their streaming alone is $5.5M.",
  "per-user-NA": "North America's share of compute and data is smaller at list prices than the seed's regional split assumes.",
  "per-user-APAC": "As for North America.",
  // Features: allocated cost (policies/allocation.yaml). Audio delivery — the CDNs, origin egress, origin fleets and the
  // streaming API, $47.5M of the model's $54.7M — is split by listening hours per feature (stacks/drivers.ts,
  // FEATURE_DRIVERS); the catalogue's storage is music's; the ML, data and API platforms are split by stated shares.
  "feature-podcasts":
    "Podcasts get 4.6 % of audio delivery: 200M listeners (the seed's users) × 10 hours a month (our assumption) = 2.0B of the 43.7B listening hours, $2.2M, plus their shares of the data platform, APIs and recommendations ($0.45M). The seed's $10M (15 %) implies podcasts cost about a fifth of what music delivery does: four times the hours we assume, or video podcasts (several times the bytes of audio per hour), which the model does not carry. Podcast hosting and ad insertion are not modelled either.",
  "feature-discover-weekly":
    "Half of the ML platform ($0.43M expected, recommendation training and serving) and 15 % of the data platform ($3.0M): $0.67M. The seed's $3M is more than its whole ML line ($2M), and the model's ML and data lines are 79 % and 65 % below the seed at list prices (see Categories).",
  "feature-wrapped":
    "A quarter of the data platform ($3.0M expected: the year of events Wrapped reads, its batch jobs): $0.75M. The seed's $2M is a seasonal peak spread over the year; the model prices a steady month, and its data platform is 65 % below the seed at list prices.",
  "feature-social":
    "15 % of the API tier (App Engine web API, client-event functions, ECS backend services: $0.42M) and 5 % of the data platform: $0.21M. The seed's $2M is a fifth of its compute line; at list the whole API tier costs $0.42M (compute is 86 % below the seed), and the model has no service of its own for friend activity, Blend or shared playlists.",
  "feature-live-audio":
    "10M listeners (the seed's users) × 2 hours a month (our assumption) are 0.05 % of listening hours: $22k of delivery. The seed's $1M ($0.10 a user, about the platform's whole cost per user) must pay for real-time ingest, mixing and transcoding servers, which the model does not carry.",
  "feature-other":
    "The on-prem critical services and tape archive ($0.45M) with 10 % of the API tier and 5 % of the data platform: $0.64M. Like the seed's category Other ($1M, nothing in the model), the seed does not say what it covers.",
};
