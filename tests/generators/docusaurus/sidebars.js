export default { docs: ['choosing', 'another'] };
