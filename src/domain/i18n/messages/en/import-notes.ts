/**
 * What an import writes into the data it makes (src/data/import, in the import worker): names of
 * entities the file did not name, the notes saying where a value came from or why the import made
 * an entity, and the source and dataset it files them under. They are written in the language of
 * the page at import time and kept as written: they are part of the dataset (stored, saved in
 * project files, exported), like the file's own text.
 */
export const importNotes = {
  'importNotes.datasetName': 'Imported data',
  'importNotes.sourceTitle': 'User file {file}',
  'importNotes.sourceLicence': 'User data (stays in this browser)',
  'importNotes.crossingAt': 'Crossing at {lat}, {lon}',
  'importNotes.placeAt': 'Place at {lat}, {lon}',
  'importNotes.safeHouseAt': 'Safe house at {lat}, {lon}',
  'importNotes.areaAt': 'Area at {lat}, {lon}',
  'importNotes.area': 'Area',
  'importNotes.lineEndAt': 'Line end at {lat}, {lon}',
  'importNotes.datedInFile': '{same, select, yes {Dated in the file: {from} (places are shown in every month).} other {Dated in the file: {from} to {to} (places are shown in every month).}}',
  'importNotes.namedInFile': 'Named in the file: {name}.',
  'importNotes.countriesInFile': 'Countries given in the file: {countries}.',
  'importNotes.locationInFile': 'Location given in the file: {lat}, {lon}.',
  'importNotes.sourceInFile': 'Source given in the file: {source}.',
  'importNotes.madeWorkspacePlace': 'Made by the import: place \'\'{name}\'\' of the workspace named by a segment of {file}, at its coordinates at import time.',
  'importNotes.madeNamedLineEnd': 'Made by the import: end of a line in {file}, named \'\'{name}\'\' there.',
  'importNotes.madeLineEnd': 'Made by the import: end of a line in {file}, which names no place here.',
  'importNotes.madeTown': 'Made by the import: the town of safe house {id} in {file}.',
  'importNotes.madeNamedCorridor': 'Made by the import: corridor named in {file}.',
  'importNotes.madeFileCorridor': 'Made by the import: the lines of {file} that name no corridor.',
  'importNotes.segmentNeedsLine': 'a segment needs a line',
  'importNotes.madeFlowCorridor': 'Made by the import: the flows of {file} between the locations of {where}, each drawn as a straight line between its two locations (not the path taken).',
  'importNotes.flowTotal': 'Total given in {file}: {total} ({unit}), total, no dates given; not spread over months.',
  'importNotes.flowPair': 'Flow from {origin} to {dest}, drawn as a straight line between the two locations.',
} as const;
