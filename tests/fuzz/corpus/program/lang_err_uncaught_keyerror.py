config = {'debug': True}
print(config.get('verbose', False))
print(config['verbose'])
