// The fields of each interchange item, in the order of contract/interchange.schema.json: the export
// writes them in this order and the seed builder accepts only these (no dependency, so the seed
// builder can import it without the database code).
export const INTERCHANGE_FIELDS = {
  territories: ['id', 'name', 'level', 'partOf', 'population', 'lat', 'lon'],
  actors: ['id', 'name', 'kind', 'description', 'website', 'email', 'phone', 'address', 'commune', 'activeIn', 'addresses', 'sources', 'sites', 'outreach'],
  programmes: [
    'id',
    'name',
    'kind',
    'description',
    'website',
    'domains',
    'addresses',
    'publics',
    'activeIn',
    'capacity',
    'startDate',
    'endDate',
    'sources',
    'sites',
    'outreach',
  ],
  links: ['type', 'from', 'to', 'formal', 'note', 'sources'],
  statistics: ['territory', 'indicator', 'year', 'value', 'source'],
  sites: ['commune', 'address', 'label', 'phone', 'hours'],
} as const;
