/**
 * Every English word of the starter ideas, in one place: a list's title and description, an idea's name and
 * description, keyed by their ids (starter-ideas.ts holds the rest: kind and price hints). Translating them is a
 * catalogue job: one file like this per language (see libs/i18n), the keys unchanged.
 */
export const STARTER_TEXT_EN = {
  lists: {
    kitchen: { title: 'Kitchen', description: 'Things you will use every day, and a few for the weekend.' },
    home: { title: 'Home', description: 'For a first home together: comfort, light and good sleep.' },
    honeymoon: { title: 'Honeymoon', description: 'Let guests be part of the trip: a fund and the moments along the way.' },
    experiences: { title: 'Experiences', description: 'Memories rather than things: evenings out, lessons and days away.' },
  },
  ideas: {
    'kitchen.stand-mixer': { name: 'Stand mixer', description: 'For bread, cakes and everything in between.' },
    'kitchen.knife-set': { name: 'Chef’s knife set', description: 'A chef’s knife, a bread knife and a paring knife.' },
    'kitchen.dutch-oven': { name: 'Cast-iron casserole', description: 'A heavy enamelled pot for stews, soups and bread.' },
    'kitchen.espresso-machine': { name: 'Espresso machine', description: 'Good coffee at home, mornings included.' },
    'kitchen.dinner-set': { name: 'Dinner service for six', description: 'Plates, bowls and side plates that match.' },
    'kitchen.wine-glasses': { name: 'Wine glasses', description: 'A set of six, for red and white.' },
    'kitchen.toaster': { name: 'Toaster', description: 'Two wide slots, for crumpets and thick toast.' },
    'kitchen.cookbook': { name: 'A favourite cookbook', description: 'Your guest’s pick: the recipes they love.' },
    'kitchen.pans': { name: 'Frying pans', description: 'Two non-stick pans, 24 and 28 cm.' },
    'home.bed-linen': { name: 'Bed linen', description: 'Cotton sheets and duvet covers for a double bed.' },
    'home.towels': { name: 'Bath towels', description: 'Soft, heavy towels in a colour we love.' },
    'home.reading-lamp': { name: 'Reading lamp', description: 'Warm light for the corner by the sofa.' },
    'home.throw-blanket': { name: 'Throw blanket', description: 'Wool, for the sofa on winter evenings.' },
    'home.plants': { name: 'House plants', description: 'A few green friends and their pots.' },
    'home.vacuum': { name: 'Cordless vacuum cleaner', description: 'Light enough to take up the stairs.' },
    'home.picture-frames': { name: 'Picture frames', description: 'For the wedding photos, once we have them.' },
    'home.toolkit': { name: 'Toolkit', description: 'Drill, screwdrivers and the rest, for putting up shelves.' },
    'home.first-home-fund': { name: 'First home fund', description: 'Towards furniture for our first home together.' },
    'honeymoon.fund': { name: 'Honeymoon fund', description: 'Help us get there: flights, nights and everything after.' },
    'honeymoon.dinner': { name: 'A dinner by the sea', description: 'One evening of the trip, on you.' },
    'honeymoon.excursion': { name: 'A day excursion', description: 'A boat trip, a guided walk or a day in the hills.' },
    'honeymoon.luggage': { name: 'Suitcases', description: 'Two sturdy suitcases that roll well.' },
    'honeymoon.camera': { name: 'Travel camera', description: 'Small enough for a pocket, good enough for sunsets.' },
    'honeymoon.spa': { name: 'A spa afternoon', description: 'Massages for two, to rest after the wedding.' },
    'honeymoon.upgrade': { name: 'A room upgrade', description: 'A sea view for a night or two.' },
    'honeymoon.guidebook': { name: 'Guidebooks and maps', description: 'For planning the trip on the sofa.' },
    'experiences.concert': { name: 'Concert tickets', description: 'A night out to hear someone we love.' },
    'experiences.cooking-class': { name: 'Cooking class for two', description: 'Learn a cuisine together.' },
    'experiences.weekend-away': { name: 'A weekend away', description: 'Two nights somewhere new, not far from home.' },
    'experiences.dance-lessons': { name: 'Dance lessons', description: 'So the next wedding dance goes even better.' },
    'experiences.theatre': { name: 'Theatre evening', description: 'Two seats for a play or an opera.' },
    'experiences.tasting': { name: 'Wine tasting', description: 'An afternoon at a vineyard.' },
    'experiences.balloon': { name: 'Hot-air balloon ride', description: 'Sunrise over the countryside.' },
    'experiences.date-nights': { name: 'Date nights fund', description: 'Dinners out in our first year of marriage.' },
  },
} as const;
