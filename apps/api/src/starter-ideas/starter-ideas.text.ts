/**
 * The starter ideas' words, as catalogue keys (the `imports` namespace, in every language): a list's title and
 * description, an idea's name and description, keyed by their ids (starter-ideas.ts holds the rest: kind and price
 * hints). The keys are written out so the catalogue test finds each one.
 */
export const STARTER_TEXT = {
  lists: {
    kitchen: { title: 'imports:starter.kitchen.title', description: 'imports:starter.kitchen.description' },
    home: { title: 'imports:starter.home.title', description: 'imports:starter.home.description' },
    honeymoon: { title: 'imports:starter.honeymoon.title', description: 'imports:starter.honeymoon.description' },
    experiences: { title: 'imports:starter.experiences.title', description: 'imports:starter.experiences.description' },
  },
  ideas: {
    'kitchen.stand-mixer': { name: 'imports:idea.kitchen.stand-mixer.name', description: 'imports:idea.kitchen.stand-mixer.description' },
    'kitchen.knife-set': { name: 'imports:idea.kitchen.knife-set.name', description: 'imports:idea.kitchen.knife-set.description' },
    'kitchen.dutch-oven': { name: 'imports:idea.kitchen.dutch-oven.name', description: 'imports:idea.kitchen.dutch-oven.description' },
    'kitchen.espresso-machine': { name: 'imports:idea.kitchen.espresso-machine.name', description: 'imports:idea.kitchen.espresso-machine.description' },
    'kitchen.dinner-set': { name: 'imports:idea.kitchen.dinner-set.name', description: 'imports:idea.kitchen.dinner-set.description' },
    'kitchen.wine-glasses': { name: 'imports:idea.kitchen.wine-glasses.name', description: 'imports:idea.kitchen.wine-glasses.description' },
    'kitchen.toaster': { name: 'imports:idea.kitchen.toaster.name', description: 'imports:idea.kitchen.toaster.description' },
    'kitchen.cookbook': { name: 'imports:idea.kitchen.cookbook.name', description: 'imports:idea.kitchen.cookbook.description' },
    'kitchen.pans': { name: 'imports:idea.kitchen.pans.name', description: 'imports:idea.kitchen.pans.description' },
    'home.bed-linen': { name: 'imports:idea.home.bed-linen.name', description: 'imports:idea.home.bed-linen.description' },
    'home.towels': { name: 'imports:idea.home.towels.name', description: 'imports:idea.home.towels.description' },
    'home.reading-lamp': { name: 'imports:idea.home.reading-lamp.name', description: 'imports:idea.home.reading-lamp.description' },
    'home.throw-blanket': { name: 'imports:idea.home.throw-blanket.name', description: 'imports:idea.home.throw-blanket.description' },
    'home.plants': { name: 'imports:idea.home.plants.name', description: 'imports:idea.home.plants.description' },
    'home.vacuum': { name: 'imports:idea.home.vacuum.name', description: 'imports:idea.home.vacuum.description' },
    'home.picture-frames': { name: 'imports:idea.home.picture-frames.name', description: 'imports:idea.home.picture-frames.description' },
    'home.toolkit': { name: 'imports:idea.home.toolkit.name', description: 'imports:idea.home.toolkit.description' },
    'home.first-home-fund': { name: 'imports:idea.home.first-home-fund.name', description: 'imports:idea.home.first-home-fund.description' },
    'honeymoon.fund': { name: 'imports:idea.honeymoon.fund.name', description: 'imports:idea.honeymoon.fund.description' },
    'honeymoon.dinner': { name: 'imports:idea.honeymoon.dinner.name', description: 'imports:idea.honeymoon.dinner.description' },
    'honeymoon.excursion': { name: 'imports:idea.honeymoon.excursion.name', description: 'imports:idea.honeymoon.excursion.description' },
    'honeymoon.luggage': { name: 'imports:idea.honeymoon.luggage.name', description: 'imports:idea.honeymoon.luggage.description' },
    'honeymoon.camera': { name: 'imports:idea.honeymoon.camera.name', description: 'imports:idea.honeymoon.camera.description' },
    'honeymoon.spa': { name: 'imports:idea.honeymoon.spa.name', description: 'imports:idea.honeymoon.spa.description' },
    'honeymoon.upgrade': { name: 'imports:idea.honeymoon.upgrade.name', description: 'imports:idea.honeymoon.upgrade.description' },
    'honeymoon.guidebook': { name: 'imports:idea.honeymoon.guidebook.name', description: 'imports:idea.honeymoon.guidebook.description' },
    'experiences.concert': { name: 'imports:idea.experiences.concert.name', description: 'imports:idea.experiences.concert.description' },
    'experiences.cooking-class': { name: 'imports:idea.experiences.cooking-class.name', description: 'imports:idea.experiences.cooking-class.description' },
    'experiences.weekend-away': { name: 'imports:idea.experiences.weekend-away.name', description: 'imports:idea.experiences.weekend-away.description' },
    'experiences.dance-lessons': { name: 'imports:idea.experiences.dance-lessons.name', description: 'imports:idea.experiences.dance-lessons.description' },
    'experiences.theatre': { name: 'imports:idea.experiences.theatre.name', description: 'imports:idea.experiences.theatre.description' },
    'experiences.tasting': { name: 'imports:idea.experiences.tasting.name', description: 'imports:idea.experiences.tasting.description' },
    'experiences.balloon': { name: 'imports:idea.experiences.balloon.name', description: 'imports:idea.experiences.balloon.description' },
    'experiences.date-nights': { name: 'imports:idea.experiences.date-nights.name', description: 'imports:idea.experiences.date-nights.description' },
  },
} as const;
