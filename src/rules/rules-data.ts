/**
 * Everything the decision uses and says. Built from "SLM vs LLM model — which AI model is best for
 * you?" (2025-11-18). Edit here, then run `npm test`: the schema, the engine's properties and the
 * golden file show the effect of every change.
 */
export const rulesData = {
  version: '2025.11.1',
  source: 'SLM vs LLM model — which AI model is best for you? (2025-11-18)',
  criteria: [
    {
      id: 'task',
      title: 'Task',
      question: 'What kind of task will the model do?',
      help: 'Think of the typical request, not the rare hardest one.',
      weight: 3,
      options: [
        {
          id: 'simple',
          label: 'Simple and repetitive',
          phrase: 'a simple, repetitive task',
          description: 'Narrow, well-defined work with a predictable shape of answer.',
          example: 'Tagging support tickets, extracting fields from invoices, autocomplete.',
          reason: 'Narrow, repetitive work is where a small, focused model is accurate, fast and cheap.',
          lean: -1,
        },
        {
          id: 'mixed',
          label: 'A mix of routine and open-ended',
          phrase: 'a mix of routine and open-ended work',
          description: 'Mostly routine requests, with some that need broader knowledge or reasoning.',
          example: 'A help-desk assistant that answers FAQs but sometimes drafts a custom reply.',
          reason: 'Routine requests suit a small model, while the open-ended ones need a larger one.',
          lean: 0,
        },
        {
          id: 'complex',
          label: 'Complex or creative',
          phrase: 'a complex or creative task',
          description: 'Open-ended problems, multi-step reasoning, writing, or broad world knowledge.',
          example: 'Research assistants, drafting long documents, coding help across many domains.',
          reason: 'Open-ended reasoning and creativity need the broad knowledge of a large model.',
          lean: 1,
        },
      ],
    },
    {
      id: 'run',
      title: 'Run',
      question: 'Where must it run?',
      help: 'Where inference happens decides which models are even possible.',
      weight: 2,
      options: [
        {
          id: 'device',
          label: 'On the device, offline',
          phrase: 'running on the device, offline',
          description: 'It must work on phones, laptops or edge boxes, with or without a network.',
          example: 'A field-service app used in basements, or a keyboard that suggests words.',
          reason: 'Only a small, compressed model fits on a device and works without a network.',
          lean: -1,
        },
        {
          id: 'either',
          label: 'Either; connectivity is usually there',
          phrase: 'usually having a connection',
          description: 'It can call a server most of the time, but should cope when it cannot.',
          example: 'A mobile app that is online most of the day.',
          reason: 'A usual connection allows the cloud for some requests, with a local fallback.',
          lean: 0,
        },
        {
          id: 'cloud',
          label: 'In the cloud is fine',
          phrase: 'cloud hosting being fine',
          description: 'It runs on servers; users are always online.',
          example: 'A web app or a back-office batch job.',
          reason: 'Cloud hosting removes the size limit, so a large model is an option.',
          lean: 1,
        },
      ],
    },
    {
      id: 'speed',
      title: 'Speed',
      question: 'How fast must it answer?',
      help: 'Count the whole round trip a user waits for, network included.',
      weight: 1.5,
      options: [
        {
          id: 'instant',
          label: 'Instantly, in real time',
          phrase: 'needing instant, real-time answers',
          description: 'Answers must feel immediate: well under half a second.',
          example: 'Autocomplete, live captions, in-game characters.',
          reason: 'Real-time answers favour a small model close to the user: no network, less compute.',
          lean: -1,
        },
        {
          id: 'moderate',
          label: 'A second or two is fine',
          phrase: 'answers within a second or two',
          description: 'People wait briefly, as for a search result.',
          example: 'A chat assistant that streams its reply.',
          reason: 'A second or two suits either model, especially with streaming.',
          lean: 0,
        },
        {
          id: 'relaxed',
          label: 'Slower is OK',
          phrase: 'slower answers being acceptable',
          description: 'Seconds or minutes are acceptable, or the work runs in the background.',
          example: 'Nightly report summaries, document review queues.',
          reason: 'Relaxed timing leaves room for a large model’s network and compute time.',
          lean: 1,
        },
      ],
    },
    {
      id: 'budget',
      title: 'Budget',
      question: 'What is the budget for running it?',
      help: 'Think of the cost per request times your traffic, not just the first month.',
      weight: 1.5,
      options: [
        {
          id: 'low',
          label: 'Low',
          phrase: 'a low budget',
          description: 'Cost per request must be close to zero, or traffic is very high.',
          example: 'A free consumer app with millions of requests a day.',
          reason: 'A small model costs little to run, and nothing per request on the device.',
          lean: -1,
        },
        {
          id: 'medium',
          label: 'Medium',
          phrase: 'a medium budget',
          description: 'You can pay for some large-model calls if they earn their keep.',
          example: 'A paid product where premium features may call an LLM.',
          reason: 'A medium budget pays for large-model calls on the requests that need them.',
          lean: 0,
        },
        {
          id: 'high',
          label: 'High',
          phrase: 'a high budget',
          description: 'Quality matters more than cost per request.',
          example: 'An internal tool for experts, or low traffic with high value per answer.',
          reason: 'A high budget can pay for large models, their hosting and their tokens.',
          lean: 1,
        },
      ],
    },
    {
      id: 'privacy',
      title: 'Privacy',
      question: 'Where may the data go?',
      help: 'Consider the most sensitive data a user might type or upload.',
      weight: 2,
      options: [
        {
          id: 'local',
          label: 'It must stay local',
          phrase: 'data that must stay local',
          description: 'Data may not leave the device or your own infrastructure.',
          example: 'Health records, legal files, or a customer contract that forbids third parties.',
          reason: 'Data that must stay local rules out third-party APIs; a small local model keeps it in.',
          lean: -1,
        },
        {
          id: 'controlled',
          label: 'A vetted provider under contract',
          phrase: 'data going only to a vetted provider',
          description: 'Data may go to a provider you have vetted, under a data-processing agreement.',
          example: 'An enterprise LLM endpoint with zero data retention.',
          reason: 'A vetted provider allows cloud models for some data, with care over what is sent.',
          lean: 0,
        },
        {
          id: 'managed',
          label: 'Managed data is OK',
          phrase: 'managed data being acceptable',
          description: 'Data may be processed by a managed cloud service under its usual terms.',
          example: 'Public web content, marketing copy, anonymised text.',
          reason: 'Relaxed data rules let you use any managed large-model service.',
          lean: 1,
        },
      ],
    },
  ],
  thresholds: { slmAtMost: -0.3, llmAtLeast: 0.3 },
  explanations: {
    because: 'Mainly because of {first} and {second}.',
    becauseOne: 'Mainly because of {first}.',
    split: '{slm} points to a small model, while {llm} points to a large one.',
    middle:
      'Your answers sit in the middle: routine work suits a small model, and the rest needs a large one.',
  },
  strength: {
    bands: [
      { id: 'clear', minMargin: 0.3, label: 'Clear fit' },
      { id: 'good', minMargin: 0.1, label: 'Good fit' },
      { id: 'leaning', minMargin: 0, label: 'Leaning' },
    ],
    constrained: 'Set by a hard constraint',
  },
  constraints: [
    {
      id: 'offline-rules-out-cloud-llm',
      when: { criterion: 'run', options: ['device'] },
      capsAt: 'hybrid',
      title: 'It must run on the device, so a cloud-hosted LLM cannot be the answer',
      explanation:
        'A large model will not fit on a phone or small device, and offline means no cloud. At most, a small model on the device can escalate to a large one when the device is online and the data is allowed to leave.',
    },
    {
      id: 'local-data-means-self-hosted',
      when: { criterion: 'privacy', options: ['local'] },
      title: 'Data must stay local, so any large model must be self-hosted',
      explanation:
        'No third-party API may see the data. Any large model in this advice has to be an open-weight model running on your own devices or servers.',
    },
  ],
  conflicts: [
    {
      id: 'complex-offline',
      when: [
        { criterion: 'task', options: ['complex'] },
        { criterion: 'run', options: ['device'] },
      ],
      title: 'A complex task that must run offline',
      advice:
        'On-device models struggle with open-ended work. Narrow the offline part to what a small model does well, fine-tune it on your domain, and hand the hard cases to a larger model when the device is online.',
    },
    {
      id: 'complex-instant',
      when: [
        { criterion: 'task', options: ['complex'] },
        { criterion: 'speed', options: ['instant'] },
      ],
      title: 'A complex task that must answer instantly',
      advice:
        'Large models rarely answer in real time. Let a small model answer first and refine in the background, stream tokens, or cache frequent answers.',
    },
    {
      id: 'complex-low-budget',
      when: [
        { criterion: 'task', options: ['complex'] },
        { criterion: 'budget', options: ['low'] },
      ],
      title: 'A complex task on a low budget',
      advice:
        'Large-model costs grow with traffic. Route routine requests to a small model, cache results, and cap large-model calls per user.',
    },
    {
      id: 'cloud-but-local-data',
      when: [
        { criterion: 'run', options: ['cloud'] },
        { criterion: 'privacy', options: ['local'] },
      ],
      title: 'Cloud hosting, but the data must stay local',
      advice:
        'The cloud has to be your own: a private cloud or VPC running an open-weight model, not a third-party API.',
    },
    {
      id: 'instant-cloud',
      when: [
        { criterion: 'speed', options: ['instant'] },
        { criterion: 'run', options: ['cloud'] },
      ],
      title: 'Instant answers from the cloud',
      advice:
        'The network round trip alone can use up a real-time budget. Host near your users, keep prompts short, and measure the 95th-percentile latency, not the average.',
    },
    {
      id: 'simple-high-budget',
      when: [
        { criterion: 'task', options: ['simple'] },
        { criterion: 'budget', options: ['high'] },
      ],
      title: 'A generous budget for a simple task',
      advice:
        'A large model may be overkill here: a fine-tuned small model is often as accurate on a narrow task, faster and cheaper. Spend the budget on evaluation data instead.',
    },
  ],
  tradeoffs: [
    {
      id: 'cost',
      label: 'Cost',
      mattersWhen: { criterion: 'budget', options: ['low'] },
      slm: { rating: 5, text: 'Low' },
      llm: { rating: 2, text: 'High' },
    },
    {
      id: 'speed',
      label: 'Speed',
      mattersWhen: { criterion: 'speed', options: ['instant'] },
      slm: { rating: 5, text: 'Very fast' },
      llm: { rating: 2, text: 'Slower (network + compute)' },
    },
    {
      id: 'narrow-accuracy',
      label: 'Accuracy on a narrow task',
      mattersWhen: { criterion: 'task', options: ['simple', 'mixed'] },
      slm: { rating: 5, text: 'High' },
      llm: { rating: 4, text: 'Good, but sometimes overkill' },
    },
    {
      id: 'general-knowledge',
      label: 'General knowledge and creativity',
      mattersWhen: { criterion: 'task', options: ['mixed', 'complex'] },
      slm: { rating: 2, text: 'Limited' },
      llm: { rating: 5, text: 'Strong' },
    },
    {
      id: 'privacy',
      label: 'Privacy',
      mattersWhen: { criterion: 'privacy', options: ['local', 'controlled'] },
      slm: { rating: 5, text: 'Better' },
      llm: { rating: 2, text: 'Riskier unless secured' },
    },
  ],
  playbooks: {
    slm: {
      title: 'Small language model (SLM), step by step',
      summary: 'Lightweight models built for speed, focus and on-device execution.',
      steps: [
        { title: 'Define a specific goal', description: 'Set a narrow, clear purpose for the model.' },
        { title: 'Collect targeted data', description: 'Gather only the most relevant training examples.' },
        { title: 'Handpick training samples', description: 'Use curated, high-quality data for accuracy.' },
        { title: 'Limit the knowledge scope', description: 'Focus learning on one domain or task type.' },
        {
          title: 'Optimise the training process',
          description: 'Fine-tune parameters for fast, efficient learning.',
        },
        {
          title: 'Compress and refine the model',
          description: 'Shrink its size so it runs smoothly on devices.',
        },
        { title: 'Enable edge-based execution', description: 'Deploy directly on phones or small systems.' },
        { title: 'Ensure low latency', description: 'Generate instant, real-time responses for users.' },
        {
          title: 'Deliver task-driven output',
          description: 'Produce short, accurate, goal-specific results.',
        },
      ],
    },
    llm: {
      title: 'Large language model (LLM), step by step',
      summary: 'Powerful systems trained on massive, multi-domain data for deeper reasoning.',
      steps: [
        { title: 'Set a broad goal', description: 'Tackle open-ended and complex language problems.' },
        { title: 'Collect massive data', description: 'Gather diverse text from global sources online.' },
        { title: 'Learn across domains', description: 'Build understanding across many topics and fields.' },
        { title: 'Train with power', description: 'Use many GPUs for long training cycles.' },
        { title: 'Add domain focus', description: 'Fine-tune for specialised areas such as law or health.' },
        { title: 'Host in the cloud', description: 'Run on scalable, powerful remote servers.' },
        { title: 'Enable parallel processing', description: 'Distribute work across many compute nodes.' },
        { title: 'Generate creative outputs', description: 'Produce context-rich, flexible responses.' },
        { title: 'Evolve with feedback', description: 'Improve accuracy and reasoning over time.' },
      ],
    },
  },
  verdicts: {
    slm: {
      title: 'Small language model (SLM)',
      short: 'SLM',
      summary:
        'Build on a small, focused model: fine-tuned for this one task, compressed, and run close to the user.',
    },
    hybrid: {
      title: 'Hybrid: SLM first, LLM for hard cases',
      short: 'Hybrid',
      summary:
        'A small model handles the routine traffic and escalates the hard cases to a large model, routed by a confidence or cost threshold.',
      howItFits:
        'Run the SLM playbook for the routine path and the LLM playbook for the escalation path. The small model answers first; when its confidence is below a threshold you set (or the request is outside its scope), the request goes to the large model. Log the escalations: they are the training data that let the small model take over more of the traffic over time.',
    },
    llm: {
      title: 'Large language model (LLM)',
      short: 'LLM',
      summary:
        'Build on a large, general model: hosted where it can scale, adapted to your domain, and improved with feedback.',
    },
  },
} as const;
