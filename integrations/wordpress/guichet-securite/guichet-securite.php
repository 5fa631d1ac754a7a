<?php
/**
 * Plugin Name:       Guichet sécurité
 * Description:       Guides visitors to the right official police and gendarmerie service: guided questions, the list of services, one service, the emergency numbers and a quick exit, as a block and a shortcode, with your local contacts. No request to any other site, no cookie, no tracking.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       guichet-securite
 * Domain Path:       /languages
 *
 * @package GuichetSecurite
 */

defined( 'ABSPATH' ) || exit;

define( 'GUICHET_SECURITE_FILE', __FILE__ );
define( 'GUICHET_SECURITE_DIR', __DIR__ );

require_once __DIR__ . '/includes/class-guichet-securite-contacts.php';
require_once __DIR__ . '/includes/class-guichet-securite-data.php';
require_once __DIR__ . '/includes/class-guichet-securite-renderer.php';
require_once __DIR__ . '/includes/class-guichet-securite-settings.php';
require_once __DIR__ . '/includes/class-guichet-securite-plugin.php';

Guichet_Securite_Plugin::init();
