/**
 * Candidate models and the estimator's figures, each with its source and the date it was valid (or read,
 * for a page without a date). Loaded on demand with the result; nothing is fetched at run time. The
 * landscape moves monthly: re-check every figure against its source, then bump `asOf` (see docs/maintaining.md).
 */
export const catalogueData = {
  asOf: '2026-11-29',
  reviewMonths: 12,
  sources: {
    'gpu-specs': {
      title: 'Hardware for generative AI: GPU comparison, GenAI for accessibility',
      url: 'https://genai4a11.github.io/concepts/hardware.html',
    },
    'qwen3-8b-config': {
      title: 'Qwen3-8B configuration, Alibaba Qwen',
      url: 'https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json',
    },
    'gpt-oss-120b-config': {
      title: 'gpt-oss-120b configuration, OpenAI',
      url: 'https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json',
    },
    'vllm-engine-args': {
      title: 'Engine arguments (gpu-memory-utilization, default 0.9), vLLM',
      url: 'https://docs.vllm.ai/en/latest/configuration/engine_args.html',
    },
    'luna-efforts': {
      title: 'GPT 6 Luna, Oxen.ai inference API reference',
      url: 'https://docs.oxen.ai/inference-api/reference/models/gpt-6-luna',
    },
    'qwen35-35b-efforts': {
      title: 'Qwen 3.5 35B A3B API, Venice',
      url: 'https://docs.venice.ai/models/qwen-3-5-35b-a3b',
    },
    'qwen25-coder': {
      title: 'Qwen2.5-Coder-1.5B model card, Alibaba Qwen',
      url: 'https://huggingface.co/Qwen/Qwen2.5-Coder-1.5B',
    },
    'gpt-realtime-mini': {
      title: 'GPT-Realtime-2.1 Mini, OpenAI API models',
      url: 'https://developers.openai.com/api/docs/models/gpt-realtime-2.1-mini',
    },
    'gemma4-e2b-config': {
      title: 'Gemma 4 E2B configuration (config.json), Google',
      url: 'https://huggingface.co/google/gemma-4-E2B/blob/main/config.json',
    },
    'gemma4-e4b-config': {
      title: 'Gemma 4 E4B configuration (config.json), Google',
      url: 'https://huggingface.co/google/gemma-4-E4B/blob/main/config.json',
    },
    'gemma4-memory': {
      title: 'Gemma 4 31B and 26B A4B: architecture and memory consumption, The Kaitchup',
      url: 'https://kaitchup.substack.com/p/gemma-4-31b-and-26b-a4b-architecture',
    },
    'qwen35-9b': {
      title: 'Qwen3.5 9B, Vultr model library',
      url: 'https://docs.vultr.com/models/alibaba-qwen-35/qwen3.5-9b/nvidia',
    },
    'qwen35-sizes': {
      title: 'qwen3.5 download sizes, Ollama library',
      url: 'https://ollama.com/library/qwen3.5',
    },
    'qwen35-35b': {
      title: 'Qwen3.5-35B-A3B, OpenRouter',
      url: 'https://openrouter.ai/qwen/qwen3.5-35b-a3b-20260224/api',
    },
    'apple-fm-2025': {
      title: 'Apple Intelligence Foundation Language Models, tech report 2025 (arXiv 2507.13575)',
      url: 'https://arxiv.org/abs/2507.13575',
    },
    'apple-fm-context': {
      title: 'Foundation Models framework reference (secondary), axiom skills',
      url: 'https://skills.sh/charleswiltgen/axiom/axiom-foundation-models-ref',
    },
    'deepseek-pricing': {
      title: 'Models and pricing, DeepSeek API docs',
      url: 'https://api-docs.deepseek.com/quick_start/pricing',
    },
    'gpt-oss-120b-hosted': {
      title: 'gpt-oss-120b (nitro), OpenRouter',
      url: 'https://openrouter.ai/openai/gpt-oss-120b:nitro',
    },
    'gemma-docs': {
      title: 'Gemma models overview, Google AI for Developers',
      url: 'https://ai.google.dev/gemma/docs/core',
    },
    'litert-gemma4': {
      title: 'LiteRT-LM: Gemma 4, Google AI Edge',
      url: 'https://ai.google.dev/edge/litert-lm/models/gemma-4',
    },
    'litert-overview': {
      title: 'LiteRT-LM overview, Google AI Edge',
      url: 'https://developers.google.com/edge/litert-lm/overview',
    },
    'qwen3-8b': {
      title: 'Qwen3-8B GGUF model card, Alibaba Qwen',
      url: 'https://huggingface.co/Qwen/Qwen3-8B-GGUF',
    },
    'phi4-mini': {
      title: 'Phi-4-mini-instruct model card, Microsoft',
      url: 'https://huggingface.co/microsoft/Phi-4-mini-instruct',
    },
    smollm3: {
      title: 'SmolLM3-3B model card, Hugging Face',
      url: 'https://huggingface.co/HuggingFaceTB/SmolLM3-3B',
    },
    ministral3: {
      title: 'Ministral 3 3B model card, Mistral AI',
      url: 'https://huggingface.co/mistralai/Ministral-3-3B-Base-2512',
    },
    'gpt-oss-20b': {
      title: 'gpt-oss-20b, Vercel AI Gateway',
      url: 'https://vercel.com/ai-gateway/models/gpt-oss-20b',
    },
    'gpt-oss-120b': {
      title: 'gpt-oss-120b, OpenAI API docs',
      url: 'https://developers.openai.com/api/docs/models/gpt-oss-120b',
    },
    'apple-fm': {
      title: 'Introducing Apple’s on-device and server foundation models, Apple Machine Learning Research',
      url: 'https://machinelearning.apple.com/research/introducing-apple-foundation-models',
    },
    'chrome-prompt-api': {
      title: 'The Prompt API, Chrome for Developers',
      url: 'https://developer.chrome.com/docs/ai/prompt-api',
    },
    'gemini-nano': {
      title: 'Gemini Nano, Android Developers',
      url: 'https://developer.android.com/ai/gemini-nano',
    },
    'gpt-6': {
      title: 'Day 0 support: GPT-6 Sol and GPT-6 Luna, LiteLLM',
      url: 'https://docs.litellm.ai/blog/gpt_6_sol_luna',
    },
    'gpt-6-2': {
      title: 'GPT-6.2 Astra and Sol pricing, LiteLLM discussion',
      url: 'https://github.com/BerriAI/litellm/discussions/52347',
    },
    'claude-models': {
      title: 'Claude Haiku 5.5 and the Claude line-up, Anthropic',
      url: 'https://platform.claude.com/docs/en/models/haiku-5-5/overview',
    },
    'gemini-pricing': {
      title: 'Gemini API pricing, read from ai.google.dev (api-evangelist copy)',
      url: 'https://raw.githubusercontent.com/api-evangelist/deepmind/refs/heads/main/plans/deepmind-plans-pricing.yml',
    },
    'deepseek-v4-flash': {
      title: 'DeepSeek V4 Flash, OpenRouter',
      url: 'https://openrouter.ai/deepseek/deepseek-v4-flash/api',
    },
    'llm-prices': {
      title: 'llm-prices price data, Simon Willison',
      url: 'https://github.com/simonw/llm-prices',
    },
    llama4: {
      title: 'Welcome Llama 4 Maverick and Scout, Hugging Face',
      url: 'https://huggingface.co/blog/llama4-release',
    },
    'qwen3-235b': {
      title: 'Qwen3-235B-A22B-Instruct-2507 on Scaleway',
      url: 'https://github.com/scaleway/docs-content/pull/5715',
    },
    'aa-luna': {
      title: 'GPT-6 Luna providers, Artificial Analysis',
      url: 'https://artificialanalysis.ai/models/gpt-6-luna-non-reasoning/providers',
    },
    'aa-medians': {
      title: 'LLM speed comparison with Artificial Analysis medians',
      url: 'https://induwara.lk/tools/ai-llm-speed-comparison',
    },
    silybench: {
      title: 'silybench: measured vLLM capacity and cost',
      url: 'https://github.com/tgarg01/silybench-data',
    },
    'l4-specs': {
      title: 'NVIDIA L4 vs L40S, Grokipedia (from NVIDIA’s data sheets)',
      url: 'https://grokipedia.com/page/NVIDIA_L4_vs_L40S',
    },
    'b200-specs': {
      title: 'NVIDIA A100 SXM vs NVIDIA B200, full specs, HMC Tech',
      url: 'https://hmc-tech.com/gpus/nvidia-a100-sxm-vs-nvidia-b200',
    },
    'mi300x-specs': {
      title: 'AI accelerator comparisons, spillfill',
      url: 'https://spillfill.com/hw/2024/01/20/ai-accelerator-comparisons.html',
    },
    'rtx-4090': {
      title: 'RTX 4090: specs, benchmarks, $/hr, CodeSOTA',
      url: 'https://www.codesota.com/hardware/rtx-4090',
    },
    'modal-prices': {
      title: 'Modal pricing, api-evangelist copy',
      url: 'https://github.com/api-evangelist/modal',
    },
    'b200-rent': {
      title: 'NVIDIA H200 vs B200 vs GB200: which GPU to rent, Spheron (prices of 17 March 2026)',
      url: 'https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200',
    },
    'b200-price': {
      title: 'NVIDIA B200 production ramps, RunLocalAI',
      url: 'https://runlocalai.co/pulse/nvidia-b200-production-ramp-pricing',
    },
    'mi300x-rent': {
      title: 'AMD inference economics, Cliff Center research note',
      url: 'https://www.cliffcenter.com/research/amd-inference-economics',
    },
    'gpu-prices': {
      title: 'GPU cloud pricing snapshot, data-receipts',
      url: 'https://raw.githubusercontent.com/datareceipts/data-receipts/main/109-gpu-pricing/README.md',
    },
    llmtco: { title: 'LLM TCO methodology', url: 'https://llmtco.com/methodology/' },
    'edge-ai': {
      title: 'Edge AI for beginners, module 6: SLMs and LLMs in agents, Microsoft',
      url: 'https://github.com/microsoft/edgeai-for-beginners/blob/main/Module06/01.IntroduceAgent.md',
    },
    'openai-batch': {
      title: 'Batch API FAQ, OpenAI',
      url: 'https://help.openai.com/en/articles/9197833-batch-api-faq',
    },
  },
  models: [
    {
      id: 'gemma-4-e2b',
      name: 'Gemma 4 E2B',
      maker: 'Google DeepMind',
      size: 'small',
      params: { value: '2.3B effective', source: 'gemma-docs', date: '2026-04-02' },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'litert-gemma4', date: '2026-04-02' },
      contextTokens: { value: 131072, source: 'gemma-docs', date: '2026-04-02' },
      memoryGB: { value: 2.9, source: 'gemma-docs', date: '2026-04-02' },
      quantisations: {
        value: [
          { format: 'Mobile', memoryGB: 1.1 },
          { format: 'Q4_0', memoryGB: 2.9 },
          { format: 'SFP8', memoryGB: 5.7 },
          { format: 'BF16', memoryGB: 11.4 },
        ],
        source: 'gemma-docs',
        date: '2026-04-02',
      },
      runs: { value: ['phone', 'laptop', 'edge'], source: 'gemma-docs', date: '2026-04-02' },
      // 35 layers; the last 20 reuse the KV cache of earlier ones, and of the 15 that keep their own, 3 attend
      // to the whole context (one KV head of 512) while 12 keep a 512-token window. 5.1B parameters with the
      // per-layer embeddings, 2.3B at work on a token: at Q4_0's 4.5 bits, 2.9 GB, as the maker's table says.
      architecture: {
        value: {
          totalB: 5.1,
          activeB: 2.3,
          kvLayers: 3,
          kvHeads: 1,
          headDim: 512,
          weightBits: 4.5,
          computeBits: 16,
        },
        source: 'gemma4-e2b-config',
        date: '2026-04-02',
      },
      // The backend an app would pick on each device: the GPU where one was measured. The table's rows without
      // multi-token prediction, which LiteRT-LM says can add up to 2.2× on mobile GPUs.
      deviceSpeeds: {
        value: [
          { place: 'phone', device: 'Galaxy S26 Ultra', backend: 'GPU', prefillPerS: 3808, tokensPerS: 52 },
          { place: 'phone', device: 'iPhone 17 Pro', backend: 'GPU', prefillPerS: 2878, tokensPerS: 56 },
          { place: 'laptop', device: 'MacBook Pro M4', backend: 'GPU', prefillPerS: 7835, tokensPerS: 160 },
          {
            place: 'laptop',
            device: 'Windows laptop, Intel Lunar Lake',
            backend: 'GPU',
            prefillPerS: 3751,
            tokensPerS: 48,
          },
          {
            place: 'laptop',
            device: 'Linux desktop, GeForce RTX 4090',
            backend: 'GPU',
            prefillPerS: 11234,
            tokensPerS: 143,
          },
          { place: 'edge', device: 'Raspberry Pi 5 16 GB', backend: 'CPU', prefillPerS: 133, tokensPerS: 8 },
        ],
        source: 'litert-gemma4',
        date: '2026-04',
      },
      reasoning: { value: { efforts: ['off', 'on'] }, source: 'gemma-docs', date: '2026-04-02' },
    },
    {
      id: 'gemma-4-e4b',
      name: 'Gemma 4 E4B',
      maker: 'Google DeepMind',
      size: 'small',
      params: { value: '4.5B effective', source: 'gemma-docs', date: '2026-04-02' },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'gemma-docs', date: '2026-04-02' },
      contextTokens: { value: 131072, source: 'gemma-docs', date: '2026-04-02' },
      memoryGB: { value: 4.5, source: 'gemma-docs', date: '2026-04-02' },
      quantisations: {
        value: [
          { format: 'Mobile', memoryGB: 2.5 },
          { format: 'Q4_0', memoryGB: 4.5 },
          { format: 'SFP8', memoryGB: 8.9 },
          { format: 'BF16', memoryGB: 17.9 },
        ],
        source: 'gemma-docs',
        date: '2026-04-02',
      },
      runs: { value: ['phone', 'laptop', 'edge'], source: 'gemma-docs', date: '2026-04-02' },
      // 42 layers; the last 18 reuse earlier layers' KV cache, and of the 24 that keep their own, 4 attend to the
      // whole context (two KV heads of 512). 8B parameters with the per-layer embeddings, 4.5B at work.
      architecture: {
        value: {
          totalB: 8,
          activeB: 4.5,
          kvLayers: 4,
          kvHeads: 2,
          headDim: 512,
          weightBits: 4.5,
          computeBits: 16,
        },
        source: 'gemma4-e4b-config',
        date: '2026-04-02',
      },
      deviceSpeeds: {
        value: [
          { place: 'phone', device: 'Galaxy S26 Ultra', backend: 'GPU', prefillPerS: 1293, tokensPerS: 22 },
          { place: 'phone', device: 'iPhone 17 Pro', backend: 'GPU', prefillPerS: 1189, tokensPerS: 25 },
          {
            place: 'laptop',
            device: 'MacBook Pro M4 Max',
            backend: 'GPU',
            prefillPerS: 2560,
            tokensPerS: 101,
          },
          {
            place: 'laptop',
            device: 'Windows laptop, Intel Lunar Lake',
            backend: 'GPU',
            prefillPerS: 1202,
            tokensPerS: 25,
          },
          {
            place: 'laptop',
            device: 'Linux desktop, GeForce RTX 4090',
            backend: 'GPU',
            prefillPerS: 7260,
            tokensPerS: 91,
          },
          { place: 'edge', device: 'Raspberry Pi 5 16 GB', backend: 'CPU', prefillPerS: 51, tokensPerS: 3 },
        ],
        source: 'litert-gemma4',
        date: '2026-04',
      },
      caveat: 'Slower than E2B on phones; at home on laptops and edge boxes.',
      reasoning: { value: { efforts: ['off', 'on'] }, source: 'gemma-docs', date: '2026-04-02' },
    },
    {
      id: 'apple-on-device',
      name: 'Apple on-device foundation model',
      maker: 'Apple',
      size: 'small',
      params: { value: 'about 3B, 2-bit weights (2025 model)', source: 'apple-fm-2025', date: '2025-07' },
      weights: {
        value: { open: false, licence: 'Closed, part of the OS' },
        source: 'apple-fm-2025',
        date: '2025-07',
      },
      bundledWith: 'iOS, iPadOS and macOS with Apple Intelligence',
      contextTokens: { value: 4096, source: 'apple-fm-context', date: '2025-09' },
      runs: { value: ['phone', 'laptop'], source: 'apple-fm-2025', date: '2025-07' },
      // About 0.6 ms per prompt token and 30 tokens a second, before speculative decoding.
      deviceSpeeds: {
        value: [
          {
            place: 'phone',
            device: 'iPhone 15 Pro, the 2024 model',
            backend: 'Apple silicon',
            prefillPerS: 1667,
            tokensPerS: 30,
          },
        ],
        source: 'apple-fm',
        date: '2024-06-10',
      },
      caveat:
        'Only on devices with Apple Intelligence, through the Foundation Models framework; 4,096 tokens for the prompt and the answer together.',
      keptBecause: 'The model every recent iPhone, iPad and Mac ships with, updated with the OS.',
    },
    {
      id: 'gemini-nano',
      name: 'Gemini Nano',
      maker: 'Google',
      size: 'small',
      params: { value: 'not disclosed', source: 'chrome-prompt-api', date: '2025-09-21' },
      weights: {
        value: { open: false, licence: 'Closed, part of Android and Chrome' },
        source: 'gemini-nano',
        date: '2025-09',
      },
      bundledWith: 'Android (AICore) and desktop Chrome',
      runs: { value: ['phone', 'laptop'], source: 'chrome-prompt-api', date: '2025-09-21' },
      caveat:
        'Chrome needs 22 GB of free storage and a GPU with more than 4 GB of memory, and does not offer it on Android or iOS.',
      keptBecause: 'The model Android (AICore) and desktop Chrome ship with, updated with them.',
    },
    {
      id: 'smollm3-3b',
      name: 'SmolLM3 3B',
      maker: 'Hugging Face',
      size: 'small',
      params: { value: '3B', source: 'smollm3', date: '2026-11' },
      weights: {
        value: { open: true, licence: 'Apache-2.0, with open training data' },
        source: 'smollm3',
        date: '2026-11',
      },
      contextTokens: { value: 65536, source: 'smollm3', date: '2026-11' },
      memoryGB: { value: 1.92, source: 'smollm3', date: '2026-11' },
      runs: { value: ['phone', 'laptop'], source: 'smollm3', date: '2026-11' },
    },
    {
      id: 'phi-4-mini',
      name: 'Phi-4-mini-instruct',
      maker: 'Microsoft',
      size: 'small',
      params: { value: '3.8B', source: 'phi4-mini', date: '2025-02' },
      weights: { value: { open: true, licence: 'MIT' }, source: 'phi4-mini', date: '2025-02' },
      contextTokens: { value: 131072, source: 'phi4-mini', date: '2025-02' },
      memoryGB: { value: 2.49, source: 'phi4-mini', date: '2025-02' },
      runs: { value: ['phone', 'laptop', 'single-gpu'], source: 'litert-overview', date: '2026-11' },
      deviceSpeeds: {
        value: [
          { place: 'phone', device: 'Galaxy S24 Ultra', backend: 'GPU', prefillPerS: 314, tokensPerS: 10 },
        ],
        source: 'litert-overview',
        date: '2026-11',
      },
      caveat: 'Slow on phones; at home on a laptop.',
      keptBecause: 'MIT-licensed, with a 128K context, and measured on phones by Google’s LiteRT-LM.',
    },
    {
      id: 'gpt-6-luna',
      name: 'GPT-6 Luna',
      maker: 'OpenAI',
      size: 'small',
      params: { value: 'not disclosed', source: 'gpt-6', date: '2026-09-22' },
      weights: { value: { open: false, licence: 'Closed, hosted API' }, source: 'gpt-6', date: '2026-09-22' },
      contextTokens: { value: 1050000, source: 'gpt-6', date: '2026-09-22' },
      runs: { value: ['api'], source: 'gpt-6', date: '2026-09-22' },
      price: {
        value: {
          input: 0.1,
          output: 0.5,
          cachedInput: 0.01,
          host: 'OpenAI',
          note: 'Above 272K input tokens the whole request costs 2× input and 1.5× output.',
        },
        source: 'gpt-6',
        date: '2026-09-22',
      },
      speed: {
        value: { ttftS: 0.74, tokensPerS: 130.6, on: 'OpenAI, 10K-token prompts, median' },
        source: 'aa-luna',
        date: '2026-11',
      },
      reasoning: {
        value: { efforts: ['none', 'low', 'medium', 'high', 'xhigh', 'max'] },
        source: 'luna-efforts',
        date: '2026-12',
      },
    },
    {
      id: 'claude-haiku-5-5',
      name: 'Claude Haiku 5.5',
      maker: 'Anthropic',
      size: 'small',
      params: { value: 'not disclosed', source: 'claude-models', date: '2026-10-07' },
      weights: {
        value: { open: false, licence: 'Closed, hosted API' },
        source: 'claude-models',
        date: '2026-10-07',
      },
      contextTokens: { value: 1000000, source: 'claude-models', date: '2026-10-07' },
      runs: { value: ['api'], source: 'claude-models', date: '2026-10-07' },
      price: {
        value: {
          input: 0.1,
          output: 0.5,
          cachedInput: 0.01,
          host: 'Anthropic',
          note: 'For prompts up to 100K tokens; above that $0.50 / $2.50. Its tokenizer counts about 30% more tokens than Haiku 4.5’s.',
        },
        source: 'claude-models',
        date: '2026-10-07',
      },
    },
    {
      id: 'gemini-3-5-flash-lite',
      name: 'Gemini 3.5 Flash-Lite',
      maker: 'Google',
      size: 'small',
      params: { value: 'not disclosed', source: 'gemini-pricing', date: '2026-10-07' },
      weights: {
        value: { open: false, licence: 'Closed, hosted API' },
        source: 'gemini-pricing',
        date: '2026-10-07',
      },
      runs: { value: ['api'], source: 'gemini-pricing', date: '2026-10-07' },
      price: {
        value: { input: 0.3, output: 2.5, host: 'Google' },
        source: 'gemini-pricing',
        date: '2026-10-07',
      },
    },
    {
      id: 'gpt-oss-20b',
      name: 'gpt-oss-20b',
      maker: 'OpenAI',
      size: 'small',
      params: {
        value: '21B in all, 3.6B active (mixture of experts)',
        source: 'gpt-oss-20b',
        date: '2025-08-05',
      },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'gpt-oss-20b', date: '2025-08-05' },
      contextTokens: { value: 131072, source: 'gpt-oss-20b', date: '2025-08-05' },
      memoryGB: { value: 16, source: 'gpt-oss-20b', date: '2025-08-05' },
      runs: { value: ['laptop', 'single-gpu', 'api'], source: 'gpt-oss-20b', date: '2025-08-05' },
      price: {
        value: { input: 0.07, output: 0.3, host: 'Vercel AI Gateway' },
        source: 'gpt-oss-20b',
        date: '2026-11',
      },
      caveat:
        'It runs within 16 GB of memory; a laptop shares its memory with the system, so plan on 24 GB or more.',
      keptBecause: 'OpenAI’s sparse open-weight small model (3.6B active) that runs within 16 GB.',
    },
    {
      id: 'qwen3-8b',
      name: 'Qwen3 8B',
      maker: 'Alibaba',
      size: 'small',
      params: { value: '8B', source: 'qwen3-8b', date: '2025-04' },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'qwen3-8b', date: '2025-04' },
      contextTokens: { value: 32768, source: 'qwen3-8b', date: '2025-04' },
      memoryGB: { value: 5.03, source: 'qwen3-8b', date: '2025-04' },
      runs: { value: ['laptop', 'single-gpu'], source: 'silybench', date: '2026-09-24' },
      keptBecause: 'The small model the GPU capacity figure was measured with (silybench, September 2026).',
      architecture: {
        value: {
          totalB: 8.2,
          activeB: 8.2,
          kvLayers: 36,
          kvHeads: 8,
          headDim: 128,
          weightBits: 8,
          computeBits: 8,
        },
        source: 'qwen3-8b-config',
        date: '2025-04',
      },
    },
    {
      id: 'ministral-3-3b',
      name: 'Ministral 3 3B',
      maker: 'Mistral AI',
      size: 'small',
      params: { value: '3.4B, plus a 0.4B vision encoder', source: 'ministral3', date: '2025-12' },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'ministral3', date: '2025-12' },
      contextTokens: { value: 262144, source: 'ministral3', date: '2025-12' },
      memoryGB: { value: 8, source: 'ministral3', date: '2025-12' },
      runs: { value: ['laptop', 'single-gpu'], source: 'ministral3', date: '2025-12' },
    },
    {
      id: 'qwen3-5-9b',
      name: 'Qwen3.5 9B',
      maker: 'Alibaba',
      size: 'small',
      params: { value: '9B', source: 'qwen35-9b', date: '2026-03-02' },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'qwen35-9b', date: '2026-03-02' },
      contextTokens: { value: 262144, source: 'qwen35-9b', date: '2026-03-02' },
      memoryGB: { value: 6.6, source: 'qwen35-sizes', date: '2026-11' },
      runs: { value: ['laptop', 'single-gpu'], source: 'qwen35-9b', date: '2026-03-02' },
      caveat: 'Its 4-bit download is 6.6 GB: a laptop with 16 GB of memory.',
    },
    {
      id: 'qwen3-5-35b-a3b',
      name: 'Qwen3.5 35B A3B',
      maker: 'Alibaba',
      size: 'small',
      params: {
        value: '35B in all, 3B active (mixture of experts)',
        source: 'qwen35-35b',
        date: '2026-02-25',
      },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'qwen35-35b', date: '2026-02-25' },
      contextTokens: { value: 262144, source: 'qwen35-35b', date: '2026-02-25' },
      runs: { value: ['laptop', 'single-gpu', 'api'], source: 'qwen35-35b', date: '2026-02-25' },
      price: {
        value: { input: 0.25, output: 2, host: 'OpenRouter' },
        source: 'qwen35-35b',
        date: '2026-02-25',
      },
      caveat: 'All 35B parameters must fit in memory, though only 3B work per token: a laptop with 32 GB.',
      reasoning: {
        value: { efforts: ['none', 'low', 'medium', 'high'] },
        source: 'qwen35-35b-efforts',
        date: '2026-02-25',
      },
    },
    {
      id: 'gemma-4-26b-a4b',
      name: 'Gemma 4 26B A4B',
      maker: 'Google DeepMind',
      size: 'small',
      params: {
        value: '26B in all, 4B active (mixture of experts)',
        source: 'gemma-docs',
        date: '2026-04-02',
      },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'gemma-docs', date: '2026-04-02' },
      contextTokens: { value: 262144, source: 'gemma-docs', date: '2026-04-02' },
      memoryGB: { value: 17.2, source: 'gemma4-memory', date: '2026-04' },
      runs: { value: ['laptop', 'single-gpu'], source: 'gemma-docs', date: '2026-04-02' },
      caveat: 'About 17 GB at 4 bits: a laptop or desktop with 32 GB of memory, or one 24 GB GPU.',
      reasoning: { value: { efforts: ['off', 'on'] }, source: 'gemma-docs', date: '2026-04-02' },
    },
    {
      id: 'gemma-4-31b',
      name: 'Gemma 4 31B',
      maker: 'Google DeepMind',
      size: 'small',
      params: { value: '31B, dense', source: 'gemma-docs', date: '2026-04-02' },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'gemma-docs', date: '2026-04-02' },
      contextTokens: { value: 262144, source: 'gemma-docs', date: '2026-04-02' },
      memoryGB: { value: 20.5, source: 'gemma4-memory', date: '2026-04' },
      runs: { value: ['laptop', 'single-gpu'], source: 'gemma-docs', date: '2026-04-02' },
      caveat: 'About 20 GB at 4 bits, and every parameter works on every token: a desktop-class machine.',
      reasoning: { value: { efforts: ['off', 'on'] }, source: 'gemma-docs', date: '2026-04-02' },
    },
    {
      id: 'qwen2-5-coder-1-5b',
      name: 'Qwen2.5-Coder 1.5B',
      maker: 'Alibaba',
      size: 'small',
      specialty: 'code-completion',
      params: { value: '1.5B', source: 'qwen25-coder', date: '2024-09-18' },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'qwen25-coder', date: '2024-09-18' },
      runs: { value: ['laptop', 'single-gpu'], source: 'qwen25-coder', date: '2024-09-18' },
      caveat:
        'The base model completes code from what comes before and after the cursor (fill-in-the-middle).',
      keptBecause:
        'The smallest model of an open coder family trained for fill-in-the-middle, small enough for every keystroke.',
    },
    {
      id: 'gpt-realtime-2-1-mini',
      name: 'GPT-Realtime-2.1 Mini',
      maker: 'OpenAI',
      size: 'small',
      specialty: 'voice',
      params: { value: 'not disclosed', source: 'gpt-realtime-mini', date: '2026-12' },
      weights: {
        value: { open: false, licence: 'Closed, hosted API' },
        source: 'gpt-realtime-mini',
        date: '2026-12',
      },
      contextTokens: { value: 128000, source: 'gpt-realtime-mini', date: '2026-12' },
      runs: { value: ['api'], source: 'gpt-realtime-mini', date: '2026-12' },
      price: {
        value: {
          input: 0.6,
          output: 2.4,
          cachedInput: 0.06,
          host: 'OpenAI',
          note: 'Text tokens; audio is $10 in and $20 out per million tokens.',
        },
        source: 'gpt-realtime-mini',
        date: '2026-12',
      },
      caveat:
        'Speech in and speech out in one model, so no speech recognition or synthesis step adds its own delay.',
    },
    {
      id: 'gpt-6-2-sol',
      name: 'GPT-6.2 Sol',
      maker: 'OpenAI',
      size: 'large',
      params: { value: 'not disclosed', source: 'gpt-6-2', date: '2026-11-17' },
      weights: {
        value: { open: false, licence: 'Closed, hosted API' },
        source: 'gpt-6-2',
        date: '2026-11-17',
      },
      contextTokens: { value: 1050000, source: 'gpt-6-2', date: '2026-11-17' },
      runs: { value: ['api'], source: 'gpt-6-2', date: '2026-11-17' },
      price: {
        value: {
          input: 2,
          output: 10,
          cachedInput: 0.1,
          host: 'OpenAI',
          note: 'Above 272K input tokens the whole request costs 2× input and 1.5× output.',
        },
        source: 'gpt-6-2',
        date: '2026-11-17',
      },
      reasoning: {
        value: { efforts: ['low', 'medium', 'high', 'xhigh', 'max'] },
        source: 'gpt-6-2',
        date: '2026-11-17',
      },
    },
    {
      id: 'claude-sonnet-5-5',
      name: 'Claude Sonnet 5.5',
      maker: 'Anthropic',
      size: 'large',
      params: { value: 'not disclosed', source: 'claude-models', date: '2026-10-07' },
      weights: {
        value: { open: false, licence: 'Closed, hosted API' },
        source: 'claude-models',
        date: '2026-10-07',
      },
      contextTokens: { value: 1000000, source: 'claude-models', date: '2026-10-07' },
      runs: { value: ['api'], source: 'claude-models', date: '2026-10-07' },
      price: {
        value: { input: 2, output: 10, host: 'Anthropic' },
        source: 'claude-models',
        date: '2026-10-07',
      },
    },
    {
      id: 'gemini-3-1-pro',
      name: 'Gemini 3.1 Pro (preview)',
      maker: 'Google',
      size: 'large',
      preview: true,
      params: { value: 'not disclosed', source: 'gemini-pricing', date: '2026-10-07' },
      weights: {
        value: { open: false, licence: 'Closed, hosted API' },
        source: 'gemini-pricing',
        date: '2026-10-07',
      },
      contextTokens: { value: 1048576, source: 'gemini-pricing', date: '2026-10-07' },
      runs: { value: ['api'], source: 'gemini-pricing', date: '2026-10-07' },
      price: {
        value: {
          input: 2,
          output: 12,
          host: 'Google',
          note: 'For prompts up to 200K tokens; above that $4 / $18.',
        },
        source: 'gemini-pricing',
        date: '2026-10-07',
      },
    },
    {
      id: 'claude-opus-5-5',
      name: 'Claude Opus 5.5',
      maker: 'Anthropic',
      size: 'large',
      params: { value: 'not disclosed', source: 'claude-models', date: '2026-10-07' },
      weights: {
        value: { open: false, licence: 'Closed, hosted API' },
        source: 'claude-models',
        date: '2026-10-07',
      },
      contextTokens: { value: 1000000, source: 'claude-models', date: '2026-10-07' },
      runs: { value: ['api'], source: 'claude-models', date: '2026-10-07' },
      price: {
        value: { input: 4, output: 20, host: 'Anthropic' },
        source: 'claude-models',
        date: '2026-10-07',
      },
    },
    {
      id: 'gpt-6-2-astra',
      name: 'GPT-6.2 Astra',
      maker: 'OpenAI',
      size: 'large',
      params: { value: 'not disclosed', source: 'gpt-6-2', date: '2026-11-17' },
      weights: {
        value: { open: false, licence: 'Closed, hosted API' },
        source: 'gpt-6-2',
        date: '2026-11-17',
      },
      contextTokens: { value: 1050000, source: 'gpt-6-2', date: '2026-11-17' },
      runs: { value: ['api'], source: 'gpt-6-2', date: '2026-11-17' },
      price: {
        value: { input: 8, output: 40, cachedInput: 0.4, host: 'OpenAI' },
        source: 'gpt-6-2',
        date: '2026-11-17',
      },
      reasoning: {
        value: { efforts: ['low', 'medium', 'high', 'xhigh', 'max'] },
        source: 'gpt-6-2',
        date: '2026-11-17',
      },
    },
    {
      id: 'gpt-oss-120b',
      name: 'gpt-oss-120b',
      maker: 'OpenAI',
      size: 'large',
      params: {
        value: '117B in all, 5.1B active (mixture of experts)',
        source: 'gpt-oss-120b',
        date: '2025-08-05',
      },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'gpt-oss-120b', date: '2025-08-05' },
      contextTokens: { value: 131072, source: 'gpt-oss-120b', date: '2025-08-05' },
      reasoning: {
        value: { efforts: ['low', 'medium', 'high'] },
        source: 'gpt-oss-120b',
        date: '2025-08-05',
      },
      runs: { value: ['single-gpu', 'api'], source: 'gpt-oss-120b', date: '2025-08-05' },
      price: {
        value: { input: 0.039, output: 0.18, host: 'OpenRouter (fastest providers)' },
        source: 'gpt-oss-120b-hosted',
        date: '2026-11',
      },
      caveat: 'Fits one 80 GB GPU such as an H100, or hosted by several providers: the same model both ways.',
      keptBecause: 'The open-weight large model that fits one GPU, and the one hosted and self-hosted alike.',
      architecture: {
        // Half of its 36 layers attend to a 128-token window, so only 18 keep the whole context.
        value: {
          totalB: 117,
          activeB: 5.1,
          kvLayers: 18,
          kvHeads: 8,
          headDim: 64,
          weightBits: 4.25,
          computeBits: 16,
        },
        source: 'gpt-oss-120b-config',
        date: '2025-08-05',
      },
    },
    {
      id: 'deepseek-v4-flash',
      name: 'DeepSeek V4 Flash',
      maker: 'DeepSeek',
      size: 'large',
      params: {
        value: '284B in all, 13B active (mixture of experts)',
        source: 'deepseek-v4-flash',
        date: '2026-04-24',
      },
      weights: { value: { open: true, licence: 'MIT' }, source: 'llm-prices', date: '2026-04-24' },
      contextTokens: { value: 1048576, source: 'deepseek-v4-flash', date: '2026-04-24' },
      runs: { value: ['multi-gpu', 'api'], source: 'deepseek-v4-flash', date: '2026-04-24' },
      price: {
        value: { input: 0.14, output: 0.28, cachedInput: 0.028, host: 'OpenRouter' },
        source: 'deepseek-v4-flash',
        date: '2026-04-24',
      },
      caveat:
        'DeepSeek’s own API retired it for V4.1 Flash ($0.30 in and $1.20 out per million tokens at peak, half off-peak); other hosts still serve V4 Flash.',
    },
    {
      id: 'qwen3-235b',
      name: 'Qwen3 235B A22B Instruct',
      maker: 'Alibaba',
      size: 'large',
      params: {
        value: '235B in all, 22B active (mixture of experts)',
        source: 'qwen3-235b',
        date: '2025-07',
      },
      weights: { value: { open: true, licence: 'Apache-2.0' }, source: 'qwen3-235b', date: '2025-07' },
      runs: { value: ['multi-gpu'], source: 'qwen3-235b', date: '2025-10-27' },
      keptBecause:
        'An Apache-2.0 large model for one multi-GPU server; Qwen3.5’s large sizes are not in this catalogue yet.',
    },
    {
      id: 'deepseek-v4-pro',
      name: 'DeepSeek V4 Pro',
      maker: 'DeepSeek',
      size: 'large',
      params: {
        value: '1.6T in all, 49B active (mixture of experts)',
        source: 'llm-prices',
        date: '2026-04-23',
      },
      weights: { value: { open: true, licence: 'MIT' }, source: 'llm-prices', date: '2026-04-23' },
      contextTokens: { value: 1000000, source: 'llm-prices', date: '2026-04-23' },
      runs: { value: ['multi-gpu', 'api'], source: 'llm-prices', date: '2026-04-23' },
      price: {
        value: {
          input: 1.32,
          output: 3.96,
          host: 'DeepSeek',
          note: 'Peak hours; off-peak $0.66 in and $1.98 out.',
        },
        source: 'deepseek-pricing',
        date: '2026-11-15',
      },
      caveat:
        '1.6T parameters: about 800 GB of weights even at 4 bits, so running it yourself takes a cluster of GPU servers, not one.',
    },
    {
      id: 'llama-4-maverick',
      name: 'Llama 4 Maverick',
      maker: 'Meta',
      size: 'large',
      params: {
        value: 'about 400B in all, 17B active (mixture of experts)',
        source: 'llama4',
        date: '2025-04-05',
      },
      weights: {
        value: { open: true, licence: 'Llama 4 Community License' },
        source: 'llama4',
        date: '2025-04-05',
      },
      contextTokens: { value: 1000000, source: 'llama4', date: '2025-04-05' },
      runs: { value: ['multi-gpu'], source: 'llama4', date: '2025-04-05' },
      keptBecause: 'Meta’s open-weight mixture of experts, for teams whose policy prefers Meta’s licence.',
    },
  ],
  /**
   * The GPUs self-hosted paths are sized on: memory, bandwidth and dense (not sparse) tensor throughput, a
   * typical on-demand rent, a street price where one is published, and rated power.
   */
  gpus: {
    l4: {
      name: 'L4 24 GB',
      // Dense figures: half the sparse peaks the data sheet quotes (242 and 485 TFLOPS).
      spec: {
        value: { memoryGB: 24, bandwidthTBs: 0.3, tflops16: 121, tflops8: 242.5 },
        source: 'l4-specs',
        date: '2026-08',
      },
      hourly: { value: 0.8, source: 'modal-prices', date: '2026-05-08' },
      rentedFrom: 'Modal',
      purchase: { value: 2500, source: 'gpu-specs', date: '2026-11' },
      powerW: { value: 72, source: 'gpu-specs', date: '2026-11' },
    },
    'rtx-4090': {
      name: 'RTX 4090 24 GB',
      spec: {
        value: { memoryGB: 24, bandwidthTBs: 1.008, tflops16: 165.2 },
        source: 'rtx-4090',
        date: '2026-04-22',
      },
      hourly: { value: 0.34, source: 'silybench', date: '2026-09-25' },
      rentedFrom: 'RunPod Community',
      purchase: { value: 1599, source: 'rtx-4090', date: '2026-04-22' },
      powerW: { value: 450, source: 'rtx-4090', date: '2026-04-22' },
    },
    l40s: {
      name: 'L40S 48 GB',
      spec: {
        value: { memoryGB: 48, bandwidthTBs: 0.864, tflops16: 362, tflops8: 733 },
        source: 'gpu-specs',
        date: '2026-11',
      },
      hourly: { value: 0.79, source: 'silybench', date: '2026-09-25' },
      rentedFrom: 'RunPod Community',
      purchase: { value: 10_000, source: 'gpu-specs', date: '2026-11' },
      powerW: { value: 350, source: 'gpu-specs', date: '2026-11' },
    },
    a100: {
      name: 'A100 SXM 80 GB',
      spec: { value: { memoryGB: 80, bandwidthTBs: 2, tflops16: 312 }, source: 'gpu-specs', date: '2026-11' },
      hourly: { value: 1.39, source: 'gpu-prices', date: '2026-11-09' },
      rentedFrom: 'RunPod Community',
      purchase: { value: 25_000, source: 'gpu-specs', date: '2026-11' },
      powerW: { value: 400, source: 'gpu-specs', date: '2026-11' },
    },
    h100: {
      name: 'H100 SXM 80 GB',
      spec: {
        value: { memoryGB: 80, bandwidthTBs: 3.35, tflops16: 989, tflops8: 1979 },
        source: 'gpu-specs',
        date: '2026-11',
      },
      hourly: { value: 2.69, source: 'gpu-prices', date: '2026-11-09' },
      rentedFrom: 'RunPod Community',
      purchase: { value: 30_000, source: 'gpu-specs', date: '2026-11' },
      powerW: { value: 700, source: 'gpu-specs', date: '2026-11' },
    },
    h200: {
      name: 'H200 SXM 141 GB',
      spec: {
        value: { memoryGB: 141, bandwidthTBs: 4.8, tflops16: 989, tflops8: 1979 },
        source: 'gpu-specs',
        date: '2026-11',
      },
      hourly: { value: 3.59, source: 'silybench', date: '2026-09-25' },
      rentedFrom: 'RunPod Community',
      purchase: { value: 35_000, source: 'gpu-specs', date: '2026-11' },
      powerW: { value: 700, source: 'gpu-specs', date: '2026-11' },
    },
    b200: {
      name: 'B200 192 GB',
      spec: {
        value: { memoryGB: 192, bandwidthTBs: 7.7, tflops16: 2250, tflops8: 4500 },
        source: 'b200-specs',
        date: '2026-12',
      },
      hourly: { value: 6.03, source: 'b200-rent', date: '2026-03-17' },
      rentedFrom: 'Spheron',
      purchase: { value: 40_000, source: 'b200-price', date: '2026-03' },
      powerW: { value: 1000, source: 'b200-specs', date: '2026-12' },
    },
    mi300x: {
      name: 'MI300X 192 GB',
      spec: {
        value: { memoryGB: 192, bandwidthTBs: 5.3, tflops16: 1300, tflops8: 2610 },
        source: 'mi300x-specs',
        date: '2024-01-20',
      },
      hourly: { value: 1.5, source: 'mi300x-rent', date: '2026-05-18' },
      rentedFrom: 'TensorWave',
      powerW: { value: 750, source: 'mi300x-specs', date: '2024-01-20' },
    },
  },
  estimate: {
    hoursPerMonth: { value: 730, source: 'llmtco', date: '2026-06-25' },
    requestsPerDay: 10000,
    tokens: {
      simple: { input: 500, output: 50 },
      mixed: { input: 1000, output: 300 },
      complex: { input: 3000, output: 800 },
    },
    escalationShare: { value: 0.25, source: 'edge-ai', date: '2026-11' },
    deviceCoverage: 0.5,
    cachedShare: 0.5,
    devices: {
      tiersGB: { phone: [4, 6, 8, 12, 16], laptop: [8, 16, 24, 32, 64], edge: [4, 8, 16] },
      // Planning defaults. iOS and Android end an app before memory runs out and publish no limit; on Apple
      // silicon Metal lets the GPU use about two-thirds of memory (11.84 of 16 GB on an M3, measured in
      // llmfit's pull request 754); an edge box runs little besides the model.
      appShare: { phone: 0.5, laptop: 0.67, edge: 0.75 },
    },
    batchDiscount: { value: 0.5, source: 'openai-batch', date: '2026-11' },
    speedTargets: {
      instant: { firstS: 0.5, wholeS: 2 },
      moderate: { firstS: 2, wholeS: null },
    },
    sizing: {
      // Calibrated so that Qwen3 8B on one H100 matches silybench's measurements (tests/engine/sizing.test.ts).
      bandwidthEfficiency: { value: 0.5, source: 'silybench', date: '2026-09-24' },
      computeEfficiency: { value: 0.5, source: 'silybench', date: '2026-09-24' },
      memoryUtilisation: { value: 0.9, source: 'vllm-engine-args', date: '2026-11' },
      // silybench's service level: a median of 50 ms between tokens (20 a second, faster than people read).
      interTokenS: { value: 0.05, source: 'silybench', date: '2026-09-24' },
      kvBits: 16,
      peakFactor: 2,
      targetLoad: 0.7,
    },
    owned: { lifeYears: 4, kwhPrice: 0.15, powerOverhead: 1.5 },
    paths: {
      device: {
        label: 'On the user’s device',
        model: 'gemma-4-e2b',
        otherCosts:
          'No cost per request, but engineering, a model download of a few GB, and a fallback for devices that cannot run it.',
      },
      'hosted-small': {
        label: 'Hosted small tier',
        model: 'gpt-6-luna',
        otherCosts: 'Pay per token; nothing to run yourself.',
      },
      'self-hosted-small': {
        label: 'Self-hosted small model',
        model: 'qwen3-8b',
        gpu: 'h100',
        otherCosts: 'Engineering and operations time are not in the GPUs’ price.',
      },
      'hosted-large': {
        label: 'Hosted large model',
        model: 'gpt-6-2-sol',
        speed: {
          value: { ttftS: 0.74, tokensPerS: 104, on: 'Claude Sonnet 4.6 as a stand-in, median' },
          source: 'aa-medians',
          date: '2026-06-24',
        },
        otherCosts: 'Pay per token; nothing to run yourself.',
      },
      'self-hosted-large': {
        label: 'Self-hosted large model',
        model: 'gpt-oss-120b',
        gpu: 'h100',
        otherCosts:
          'Engineering and operations time are not in the GPUs’ price. The GPU count is computed from the model’s size and the GPU’s memory and bandwidth, not measured for this model: load-test it.',
      },
    },
  },
} as const;
